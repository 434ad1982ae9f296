"""mail_check.py — checks one e-mail of `dyad brief` for
tests/cli_brief_mail.sh, with Python's own e-mail parser (run with
/usr/bin/python3). Prints one line per fault and exits 1 if any:

  - the headers From, To, Subject, Date, Message-ID, MIME-Version, each
    once; To holds exactly the addresses given;
  - CRLF line ends, no line over 78 characters, no 8-bit byte;
  - multipart/alternative of text/plain and multipart/related, which holds
    text/html and the charts as image/png (a real PNG each);
  - every cid: the page refers to is an image part, every image is
    referred to, each with its alt text; no <svg> is left in the page;
  - the text part is TEXT (`dyad brief --format text`'s), the page the
    briefing's.

    /usr/bin/python3 tests/mail_check.py FILE.eml TEXT FROM TO...
"""
import email
import email.policy
import email.utils
import re
import sys


def main():
    path, want_text, want_from, want_to = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    raw = open(path, "rb").read()
    faults = []

    def fault(s):
        faults.append(s)

    lines = raw.split(b"\r\n")
    if b"\n" in raw.replace(b"\r\n", b""):
        fault("a line ends without CR")
    if any(len(line) > 78 for line in lines):
        fault("a line is over 78 characters: %r" % max(lines, key=len)[:90])
    if any(b > 127 for b in raw):
        fault("an 8-bit byte (bodies must be quoted-printable or base64)")

    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if len(m.get_all(h) or []) != 1:
            fault("header %s: %d times, want once" % (h, len(m.get_all(h) or [])))
    got_from = [a for _, a in email.utils.getaddresses(m.get_all("From") or [])]
    got_to = [a for _, a in email.utils.getaddresses(m.get_all("To") or [])]
    if got_from != [want_from]:
        fault("From: %s, want %s" % (got_from, want_from))
    if got_to != want_to:
        fault("To: %s, want %s" % (got_to, want_to))
    if not re.match(r"^dyad briefing: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$", m["Subject"] or ""):
        fault("Subject: %r" % m["Subject"])
    if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", m["Message-ID"] or ""):
        fault("Message-ID: %r" % m["Message-ID"])
    if email.utils.parsedate_tz(m["Date"] or "") is None:
        fault("Date: %r" % m["Date"])

    parts = [p.get_content_type() for p in m.iter_parts()] if m.is_multipart() else []
    if m.get_content_type() != "multipart/alternative" or parts != [
            "text/plain", "multipart/related"]:
        fault("structure: %s of %s" % (m.get_content_type(), parts))
        return report(faults)
    text, related = list(m.iter_parts())
    if text.get_content_charset() != "utf-8":
        fault("the text part's charset is %s" % text.get_content_charset())
    got_text = text.get_payload(decode=True).decode("utf-8").replace("\r\n", "\n")
    if got_text != open(want_text, encoding="utf-8").read():
        fault("the text part is not --format text's: %r" % got_text[:80])
    inner = list(related.iter_parts())
    if not inner or inner[0].get_content_type() != "text/html":
        fault("multipart/related does not start with text/html")
        return report(faults)
    html = inner[0].get_content()
    if "<h1>Briefing: " not in html:
        fault("the HTML part is not the briefing")
    if "<svg" in html:
        fault("the HTML part still holds inline <svg>")
    refs = re.findall(r'src="cid:([^"]+)"', html)
    if len(re.findall(r'<img [^>]*alt="[^"]+"', html)) != len(refs):
        fault("a chart's <img> has no alt text")
    images = {}
    for p in inner[1:]:
        if p.get_content_type() != "image/png":
            fault("a part of multipart/related is %s" % p.get_content_type())
            continue
        cid = (p["Content-ID"] or "").strip("<>")
        data = p.get_payload(decode=True)
        if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) < 200:
            fault("image %s is not a PNG" % cid)
        if not (p["Content-Disposition"] or "").startswith("inline"):
            fault("image %s is not inline" % cid)
        images[cid] = data
    if len(refs) < 2:
        fault("the page shows %d charts, want at least 2" % len(refs))
    if sorted(refs) != sorted(images):
        fault("the page refers to %s, the images are %s" % (sorted(refs), sorted(images)))
    return report(faults)


def report(faults):
    for f in faults:
        print("mail_check: " + f)
    sys.exit(1 if faults else 0)


if __name__ == "__main__":
    main()
