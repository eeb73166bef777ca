"""A real SMTP listener on loopback for the mail tests (Debian's python3-aiosmtpd).

Usage: python3 smtp_sink.py PORT FOLDER
Each message received is written to FOLDER as <n>.eml, preceded by an X-Envelope-To header with its recipients;
the file is renamed into place only once complete, before the server answers 250.
"""
import os
import sys
import time
import uuid

from aiosmtpd.controller import Controller


class FolderHandler:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = uuid.uuid4().hex
        partial = os.path.join(self.folder, name + ".tmp")
        with open(partial, "wb") as out:
            out.write(("X-Envelope-To: " + ", ".join(envelope.rcpt_tos) + "\r\n").encode("ascii"))
            content = envelope.original_content or envelope.content
            out.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.replace(partial, os.path.join(self.folder, name + ".eml"))
        return "250 Message accepted for delivery"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(FolderHandler(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(1)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
