-- wrk script that builds each request: `-- bust` adds a query parameter unique to the request, so the output cache
-- (which varies by every query key) can never answer it; `-- list <file> [bust]` picks a random path from the file
-- for each request (e.g. practice pages spread over the whole catalogue). done() is the same as stats.lua.
local counter = 0
local paths = nil
local bust = false
local tid = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  if args[1] == "bust" then
    bust = true
  elseif args[1] == "list" then
    paths = {}
    for line in io.lines(args[2]) do
      if #line > 0 then paths[#paths + 1] = line end
    end
    bust = args[3] == "bust"
  end
  math.randomseed(tid * 7919 + os.time())
end

request = function()
  counter = counter + 1
  local path = wrk.path
  if paths then path = paths[math.random(#paths)] end
  if bust then
    local sep = "?"
    if string.find(path, "?", 1, true) then sep = "&" end
    path = path .. sep .. "nocache=" .. tid .. "-" .. counter
  end
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"status_errors":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end
