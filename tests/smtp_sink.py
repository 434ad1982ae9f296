"""smtp_sink.py — a real SMTP server for tests/cli_brief_mail.sh: Debian's
aiosmtpd (python3-aiosmtpd, run with /usr/bin/python3) on a free port of
localhost. Writes the port into DIR/port once it listens, then keeps each
message it takes as DIR/N.eml (the bytes as received) and DIR/N.env (the
envelope: "from ADDR", then "to ADDR" a line). A sender or recipient
whose name starts with "refuse" is refused (550), as a server refuses an
unknown mailbox; a message to one whose name starts with "spam" is
refused after its data (554), as a filter does. Runs until killed.

    /usr/bin/python3 tests/smtp_sink.py DIR
"""
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.n = 0

    async def handle_MAIL(self, server, session, envelope, address, options):
        if address.split("@")[0].startswith("refuse"):
            return "550 5.7.1 <%s>: not allowed to send here" % address
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address.split("@")[0].startswith("refuse"):
            return "550 5.1.1 <%s>: no such mailbox here" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if any(a.split("@")[0].startswith("spam") for a in envelope.rcpt_tos):
            return "554 5.7.1 looks like spam"
        self.n += 1
        base = os.path.join(self.folder, str(self.n))
        env = "from %s\n" % envelope.mail_from
        env += "".join("to %s\n" % a for a in envelope.rcpt_tos)
        for ext, data in ((".env", env.encode()), (".eml", envelope.original_content)):
            with open(base + ext + ".part", "wb") as f:   # whole, then renamed
                f.write(data)
            os.rename(base + ext + ".part", base + ext)
        return "250 2.0.0 kept as %d.eml" % self.n


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    folder = sys.argv[1]
    port = free_port()
    server = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    server.start()
    with open(os.path.join(folder, "port.part"), "w") as f:
        f.write("%d\n" % port)
    os.rename(os.path.join(folder, "port.part"), os.path.join(folder, "port"))
    try:
        while True:
            time.sleep(3600)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
