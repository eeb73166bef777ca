-- wrk script for a fixed URL: wrk sends the same pre-built request (no Lua per request); done() prints one
-- machine-readable line with the percentiles wrk --latency does not print (p95) and the error counts.
-- wrk counts as status errors the responses with a status >= 400; the harness checks beforehand that each URL answers 200.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"status_errors":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end
