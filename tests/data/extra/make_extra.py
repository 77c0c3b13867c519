"""Generate the extra labelled regression emails in this folder.

Every person, provider, address and event below is invented.  The council is
``council.example``; everyone else uses reserved ``.example`` / ``.test``
domains or example.com/.net/.org.  Labels follow ``LABELS.md`` from the shared
samples (twelve fields per email).

Run:  python tests/data/extra/make_extra.py
It rewrites x*.eml and labels.json in this folder.  The output is deterministic.
"""
from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import json
import quopri
import re
import struct
import sys
import textwrap
import zlib
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
COMPLAINTS = ("Adult Social Care Complaints", "complaints@council.example")

# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------
NEEDS_ORDER = ["interpreter", "bsl", "accessible_format", "advocacy"]


def L(kind, formality=None, professional=False, funding="unknown", charges=False,
      sg=False, s2=False, omb=False, cg="unknown", rep=False, needs=(), role="public"):
    assert kind in {"complaint", "compliment", "enquiry", "auto_reply", "spam"}
    if kind == "complaint":
        assert formality in {"formal", "informal", "unclear"}, formality
    else:
        assert formality is None
    for n in needs:
        assert n in NEEDS_ORDER, n
    return {
        "kind": kind,
        "formality": formality,
        "professional": professional,
        "funding": funding,
        "care_charges": charges,
        "safeguarding": sg,
        "stage2_request": s2,
        "ombudsman": omb,
        "client_group": cg,
        "representative": rep,
        "needs": [n for n in NEEDS_ORDER if n in needs],
        "sender_role": role,
    }


def SYS(kind):
    """auto_reply and spam: every other field empty, sender_role system."""
    return L(kind, role="system")


# --------------------------------------------------------------------------
# low-level MIME helpers (raw text so that shapes look like real clients)
# --------------------------------------------------------------------------
def _h(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest().upper()


def dt(s):
    """'2026-03-04 21:14' in UK local time -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LONDON)


def rfcdate(s):
    return format_datetime(dt(s))


def addr(a):
    name, email = a
    if name is None:
        return email
    return formataddr((name, email), charset="utf-8")


def hdr_text(s, charset="utf-8"):
    """Encode a header value (RFC 2047) only when it is not plain ASCII; fold long ASCII."""
    try:
        s.encode("ascii")
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")
    return fold(s)


def fold(s, first=9):
    words = s.split(" ")
    lines, cur, limit = [], "", 78 - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, 77
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def msgid(seed, domain, style="hex"):
    h = _h(seed)
    if style == "outlook":
        return f"<{h[:12]}{h[12:20].lower()}.{h[20:24]}@{domain}>"
    if style == "gmail":
        return f"<CA{h[:6]}+{h[6:30].lower()}@mail.{domain}>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:16].lower()}.{h[16:22].lower()}@{domain}>"


def boundary(seed, style="outlook"):
    h = _h("b" + seed)
    if style == "outlook":
        return f"_000_{h[:24]}_"
    if style == "gmail":
        return "0000000000" + h[:16].lower()
    if style == "apple":
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "mobile":
        return f"Mobile-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:22], 16)}"


class Part:
    """A MIME entity: list of header lines plus a body (bytes)."""

    def __init__(self, headers, body: bytes):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        head = "".join(h + "\n" for h in self.headers).encode("ascii")
        return head + b"\n" + self.body


def encode_body(text, charset="utf-8", cte="quoted-printable"):
    data = text.encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         extra=(), mime_version=False):
    ct = f'Content-Type: text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    hs = [ct, f"Content-Transfer-Encoding: {cte}"]
    hs += list(extra)
    if mime_version:
        hs.append("MIME-Version: 1.0")
    return Part(hs, encode_body(text, charset, cte))


def multipart(subtype, parts, seed, style="outlook", params="", preamble=None):
    b = boundary(seed + subtype, style)
    hs = [f'Content-Type: multipart/{subtype};{params}\n boundary="{b}"' if params or len(b) > 40
          else f'Content-Type: multipart/{subtype}; boundary="{b}"']
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(f"--{b}\n".encode("ascii") + p.to_bytes())
        if not chunks[-1].endswith(b"\n"):
            chunks[-1] += b"\n"
        chunks[-1] += b"\n"
    chunks.append(f"--{b}--\n".encode("ascii"))
    return Part(hs, b"".join(chunks))


def attachment(filename, ctype, data: bytes, rfc2231=False, inline=False):
    disp = "inline" if inline else "attachment"
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if rfc2231 or not ascii_name:
        from urllib.parse import quote
        fn = f"Content-Disposition: {disp};\n filename*=utf-8''{quote(filename)}"
        ct = f"Content-Type: {ctype}"
    else:
        fn = f'Content-Disposition: {disp}; filename="{filename}"'
        ct = f'Content-Type: {ctype}; name="{filename}"'
    return Part([ct, "Content-Transfer-Encoding: base64", fn], base64.encodebytes(data))


def rfc822_part(inner: bytes, filename=None):
    hs = ["Content-Type: message/rfc822"]
    if filename:
        try:
            filename.encode("ascii")
            hs.append(f'Content-Disposition: attachment; filename="{filename}"')
        except UnicodeEncodeError:
            from urllib.parse import quote
            hs.append(f"Content-Disposition: attachment;\n filename*=utf-8''{quote(filename)}")
    return Part(hs, inner if inner.endswith(b"\n") else inner + b"\n")


# --------------------------------------------------------------------------
# tiny binary attachments
# --------------------------------------------------------------------------
def tiny_png(w=4, h=3, rgb=(200, 170, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(lines):
    """A minimal single-page PDF containing the given text lines."""
    esc = [l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines]
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join(f"({l}) '\n" for l in esc) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# --------------------------------------------------------------------------
# line handling: the bodies below are typed hard-wrapped; most mail clients send
# one long line per paragraph, some wrap at 72 (format=flowed or hard)
# --------------------------------------------------------------------------
_LIST = re.compile(r"\s*([-*\u2022]|\d+[.)])\s")
_FIELD = re.compile(r"[A-Za-z][A-Za-z /-]{0,30}:( |$)")


def unwrap(text):
    out, last_len = [], 0
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if (prev.strip() and line.strip() and last_len >= 60 and not prev.lstrip().startswith(">")
                and not line.lstrip().startswith(">") and not _LIST.match(line) and not _FIELD.match(line)):
            out[-1] = prev.rstrip() + " " + line.strip()
        else:
            out.append(line)
        last_len = len(line)
    return "\n".join(out)


def rewrap(text, width=72, flowed=False):
    out = []
    for line in unwrap(text).split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        m = _LIST.match(line)
        indent = " " * len(m.group(0)) if m else ""
        parts = textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False,
                              break_on_hyphens=False)
        if flowed:
            parts = [p + " " for p in parts[:-1]] + parts[-1:]
        out.extend(parts)
    return "\n".join(out)


def reflow(text, mode):
    if mode == "keep":
        return text
    if mode == "unwrap":
        return unwrap(text)
    if mode == "flowed":
        return rewrap(text, 72, flowed=True)
    if mode == "72":
        return rewrap(text, 72)
    raise ValueError(mode)


# --------------------------------------------------------------------------
# HTML renderings of plain text
# --------------------------------------------------------------------------
def _paras(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    return [htmlmod.escape(p).replace("\n", "<br>\n") for p in paras]


def html_outlook(text, font="Calibri, Arial, Helvetica, sans-serif", size="11pt"):
    ps = "\n".join(f"<p>{p}</p>" for p in _paras(text))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n'
            f'<div style="font-family: {font}; font-size: {size}; color: rgb(0, 0, 0);">\n'
            f"{ps}\n</div>\n</body>\n</html>\n")


def html_gmail(text):
    ps = "<br>".join(f"<div>{p}</div><div><br></div>" for p in _paras(text))
    return f'<div dir="ltr">{ps}</div>\n'


def html_apple(text):
    ps = "".join(f"<div>{p}</div><div><br></div>" for p in _paras(text))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{ps}</body></html>\n')


def html_webmail(text):
    ps = "".join(f'<p style="margin:0 0 10px 0">{p}</p>' for p in _paras(text))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            f'<body style="font-family:Verdana,sans-serif;font-size:13px">{ps}</body></html>\n')


HTML_STYLES = {"outlook": html_outlook, "gmail": html_gmail, "apple": html_apple, "webmail": html_webmail}


# --------------------------------------------------------------------------
# message builder
# --------------------------------------------------------------------------
class Msg:
    def __init__(self, date, data: bytes):
        self.date = date
        self.data = data


def mail(frm, subject, date, body=None, *, to=COMPLAINTS, cc=None, reply_to=None,
         shape="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         html=None, html_style="outlook", html_cte="quoted-printable", html_charset=None,
         attachments=(), inner=None, inner_name=None, extra_headers=(), id_style=None,
         id_domain=None, in_reply_to=None, references=None, xmailer=None,
         mixed_style=None, alt_style=None, mid=None, subject_charset="utf-8", wrap=None):
    """Build a whole message.

    shape: plain | alt (multipart/alternative text+html) | html (text/html only)
    attachments: list of Part (wrapped in multipart/mixed)
    inner: bytes of a message attached as message/rfc822
    """
    if body is not None:
        body = reflow(body, wrap or ("flowed" if flowed else "unwrap"))
    sender_domain = frm[1].split("@")[1]
    dom = id_domain or sender_domain
    style = id_style or ("outlook" if shape == "alt" else "hex")
    seed = f"{frm[1]}|{subject}|{date}"
    hs = [f"From: {addr(frm)}"]
    if isinstance(to, list):
        hs.append("To: " + ",\n ".join(addr(a) for a in to))
    else:
        hs.append(f"To: {addr(to)}")
    if cc:
        hs.append("Cc: " + ",\n ".join(addr(a) for a in (cc if isinstance(cc, list) else [cc])))
    if reply_to:
        hs.append(f"Reply-To: {addr(reply_to)}")
    hs.append(f"Subject: {hdr_text(subject, subject_charset)}")
    hs.append(f"Date: {rfcdate(date)}")
    hs.append(f"Message-ID: {mid or msgid(seed, dom, style)}")
    if in_reply_to:
        hs.append(f"In-Reply-To: {in_reply_to}")
        hs.append(f"References: {references or in_reply_to}")
    hs.extend(extra_headers)
    if xmailer:
        hs.append(xmailer)

    hcs = html_charset or charset
    if shape == "plain":
        body_part = leaf(body, "plain", charset, cte, flowed)
    elif shape == "html":
        h = html if html is not None else HTML_STYLES[html_style](body)
        body_part = leaf(h, "html", hcs, html_cte)
    elif shape == "alt":
        h = html if html is not None else HTML_STYLES[html_style](body)
        body_part = multipart("alternative", [
            leaf(body, "plain", charset, cte, flowed),
            leaf(h, "html", hcs, html_cte),
        ], seed, alt_style or ("outlook" if style == "outlook" else "gmail" if style == "gmail" else "apple" if style == "apple" else "part"))
    else:
        raise ValueError(shape)

    extra_parts = list(attachments)
    if inner is not None:
        extra_parts.append(rfc822_part(inner, inner_name))
    if extra_parts:
        top = multipart("mixed", [body_part] + extra_parts, seed,
                        mixed_style or ("outlook" if style == "outlook" else "mobile" if style == "apple" else "part"))
    else:
        top = body_part
    head = "".join(h + "\n" for h in hs)
    # MIME-Version last-ish, like many clients
    top_headers = "".join(h + "\n" for h in top.headers)
    data = (head.encode("ascii") + b"MIME-Version: 1.0\n" + top_headers.encode("ascii") + b"\n" + top.body)
    return Msg(date, data)


# --------------------------------------------------------------------------
# text helpers for replies and forwards
# --------------------------------------------------------------------------
def D(s):
    """Dedent a triple-quoted body and strip the leading newline."""
    return textwrap.dedent(s).lstrip("\n")


def gt(text, prefix="> "):
    text = unwrap(text)
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def long_date(s):
    d = dt(s)
    return d.strftime("%d %B %Y %H:%M")


def gmail_date(s):
    d = dt(s)
    return d.strftime("%a, %-d %b %Y at %H:%M")


def outlook_block(frm, sent, to, subject, body, cc=None):
    lines = ["________________________________", f"From: {frm}", f"Sent: {long_date(sent)}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n" + body


def original_message_block(frm, sent, to, subject, body, mailto=None):
    d = dt(sent)
    f = f"{frm} [mailto:{mailto}]" if mailto else frm
    return ("-----Original Message-----\n" f"From: {f}\n" f"Sent: {d.strftime('%A, %d %B %Y %H:%M')}\n"
            f"To: {to}\n" f"Subject: {subject}\n\n" + body)


def gmail_fwd_block(frm, sent, to, subject, body):
    return ("---------- Forwarded message ---------\n" f"From: {frm}\n" f"Date: {gmail_date(sent)}\n"
            f"Subject: {subject}\n" f"To: {to}\n\n\n" + body)


def gmail_attribution(sent, who):
    return f"On {gmail_date(sent)}, {who} wrote:\n"


def ack_id(ref, when):
    d = dt(when)
    return f"<ack.{ref}.{d.strftime('%Y%m%dT%H%M')}@council.example>"


COUNCIL_SIG = "Complaints and Customer Relations Team\nAdult Social Care\ncomplaints@council.example | 01632 960000"


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
EMAILS = []


def E(key, labels, msg: Msg):
    assert all(key != k for k, _, _ in EMAILS), key
    EMAILS.append((key, labels, msg))


# ==========================================================================
# builders for machine-generated mail
# ==========================================================================
def dsn(date, mta, recipient, orig_subject, orig_date, orig_mid, status="5.1.1",
        diag="550 5.1.1 Recipient address rejected: User unknown", action="failed",
        human=None, style="postfix", subject="Undelivered Mail Returned to Sender",
        frm=None):
    seed = f"dsn|{recipient}|{date}"
    frm = frm or ("Mail Delivery System", f"MAILER-DAEMON@{mta}")
    rdom = recipient.split("@")[1]
    if human is None:
        human = D(f"""
        This is the mail system at host {mta}.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{recipient}>: host mx.{rdom}[192.0.2.{int(_h(rdom)[:2], 16) % 200 + 20}] said: {diag}
            (in reply to RCPT TO command)
        """)
    qid = _h(seed)[:10]
    arrival = rfcdate(date)
    status_txt = D(f"""
    Reporting-MTA: dns; {mta}
    X-Postfix-Queue-ID: {qid}
    X-Postfix-Sender: rfc822; complaints@council.example
    Arrival-Date: {arrival}

    Final-Recipient: rfc822; {recipient}
    Original-Recipient: rfc822;{recipient}
    Action: {action}
    Status: {status}
    Remote-MTA: dns; mx.{rdom}
    Diagnostic-Code: smtp; {diag}
    """)
    if action == "delayed":
        status_txt = status_txt.replace("Diagnostic-Code", "Will-Retry-Until: " + format_datetime(dt(date).replace(day=min(dt(date).day + 5, 28))) + "\nDiagnostic-Code")
    headers_txt = D(f"""
    Return-Path: <complaints@council.example>
    From: Adult Social Care Complaints <complaints@council.example>
    To: {recipient}
    Subject: {orig_subject}
    Date: {rfcdate(orig_date)}
    Message-ID: {orig_mid}
    Content-Type: text/plain; charset="utf-8"
    MIME-Version: 1.0
    """)
    p1 = Part(['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit",
               "Content-Description: Notification"], human.encode("ascii"))
    p2 = Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
              status_txt.encode("ascii"))
    p3 = Part(['Content-Type: text/rfc822-headers; charset="us-ascii"', "Content-Transfer-Encoding: 7bit",
               "Content-Description: Undelivered Message Headers"], headers_txt.encode("ascii"))
    top = multipart("report", [p1, p2, p3], seed, "part", params=' report-type="delivery-status";')
    hs = [f"From: {addr(frm)}", "To: complaints@council.example", f"Subject: {subject}",
          f"Date: {rfcdate(date)}", f"Message-ID: <{dt(date).strftime('%Y%m%d%H%M%S')}.{qid}@{mta}>",
          "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + top.headers
    return Msg(date, ("\n".join(hs) + "\n\n").encode("ascii") + top.body)


def mdn(date, reader, orig_subject, orig_sent, orig_mid, disposition="manual-action/MDN-sent-manually; displayed",
        subject_prefix="Read: ", text=None, ua="Mail Client 16.0"):
    seed = f"mdn|{reader[1]}|{date}"
    if text is None:
        text = D(f"""
        Your message

          To: {reader[0]}
          Subject: {orig_subject}
          Sent: {long_date(orig_sent)}

        was read on {long_date(date)}.
        """)
    p1 = leaf(text, "plain", "utf-8", "quoted-printable")
    p2 = Part(["Content-Type: message/disposition-notification"], D(f"""
    Reporting-UA: {reader[1].split('@')[1]}; {ua}
    Final-Recipient: rfc822;{reader[1]}
    Original-Message-ID: {orig_mid}
    Disposition: {disposition}
    """).encode("ascii"))
    top = multipart("report", [p1, p2], seed, "outlook", params=' report-type="disposition-notification";')
    hs = [f"From: {addr(reader)}", f"To: {addr(COMPLAINTS)}", f"Subject: {hdr_text(subject_prefix + orig_subject)}",
          f"Date: {rfcdate(date)}", f"Message-ID: {msgid(seed, reader[1].split('@')[1], 'outlook')}",
          f"In-Reply-To: {orig_mid}", f"References: {orig_mid}", "MIME-Version: 1.0"] + top.headers
    return Msg(date, ("\n".join(hs) + "\n\n").encode("ascii") + top.body)



# ==========================================================================
# SAFEGUARDING (true): physical, sexual, psychological, discriminatory, domestic
# ==========================================================================
E("sg_bruise_door",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True),
  mail(("Lisa Fairclough", "lisafairclough77@example.com"), "Mum's arm", "2026-01-06 21:48",
       D("""
       Went to see Mum (Edna Fairclough, Holt Street) tonight and she had a big
       purple mark on the top of her arm, like a hand had been round it. The
       carer from Brightwell said she walked into the door frame. Mum says no
       she didn't, then says she can't remember. She's 84 and bruises easy but
       that is not a door.

       Who checks this? I want someone to go and see her tomorrow.

       Lisa

       Sent from my iPhone
       """), flowed=True, cte="7bit"))

E("sg_fingertip_home_formal",
  L("complaint", "formal", funding="self_funded", sg=True, cg="older_people", rep=True),
  mail(("Jonathan Ashby-Reeve", "j.ashbyreeve@example.org"),
       "Formal complaint: injuries sustained by Mr Frederick Ashby-Reeve at Brackenfold Care Home",
       "2026-01-09 10:02", D("""
       Dear Sir or Madam,

       Re: Mr Frederick Ashby-Reeve (born 14/02/1938), resident, Brackenfold Care Home, Mill Lane

       I write on behalf of my father, who has vascular dementia and has lived at Brackenfold since
       May 2025. His fees are paid in full from the proceeds of the sale of his house; the council
       has no financial involvement in the placement.

       On Sunday 4 January I visited and found a row of dark oval bruises on the inside of both of
       his forearms and a split lower lip. Staff on duty told me he had "had a fall" on the Thursday.
       There is no entry in the accident book for that date, I was not informed, and the GP was not
       called. When I asked to see the care notes I was told the manager would "get back to me". She
       has not done so.

       My father cannot give an account of what happened. The pattern of marks is, in my view, not
       consistent with a fall.

       I should be grateful if you would:
       1. treat this letter as a formal complaint at stage 1 of the council's procedure;
       2. ensure the matter is referred for a safeguarding enquiry without delay; and
       3. confirm in writing who will be investigating and by when.

       Yours faithfully,

       Jonathan Ashby-Reeve
       """), shape="alt"))

E("sg_restraint_callnote",
  L("complaint", "informal", funding="council_funded", sg=True, cg="disability", rep=True, role="officer_forward"),
  mail(("Nadia Coombes", "nadia.coombes@council.example"),
       "FW: Contact record 5520187 - ASC - Concern about supported living", "2026-01-13 12:26",
       D("""
       Hi Complaints,

       FYI - call below from this morning. Caller was very upset. I've also passed it to the MASH
       as a possible safeguarding so it's with them too.

       Nadia Coombes
       Customer Adviser | Contact Centre

       """) + original_message_block(
           "CRM Notifications", "2026-01-13 11:58", "Coombes, Nadia <nadia.coombes@council.example>",
           "Contact record 5520187 - ASC - Concern about supported living", D("""
           Contact record: 5520187
           Channel: Telephone
           Caller: Mrs Joyce Amankwah (mother)
           Service user: Kofi Amankwah, 29, Thornbury Road supported living (placement commissioned by ASC)
           Notes:
           Mrs A says Kofi (autistic, learning disability, limited speech) came home for the weekend
           with long scratches on the side of his neck and a red mark round his left wrist. When she
           asked, he said "staff held me on the floor" and "my arm hurt". She thinks it happened after
           he refused to go to his room on Friday evening. Nobody from the service rang her about any
           incident. Mrs A does NOT want to make a formal complaint - she is worried it will make things
           harder for Kofi - but wants it looked at informally and wants to know whether staff are
           allowed to hold him down. Advised will pass to complaints and safeguarding.
           """), mailto="crm-noreply@council.example"), cte="quoted-printable"))

E("sg_dn_hoist",
  L("complaint", "formal", professional=True, sg=True, cg="older_people", rep=True, role="professional"),
  mail(("Fiona McAllister", "fiona.mcallister@healthtrust.example"),
       "Concern re: moving and handling - Mrs P Quayle, Orchard Rise", "2026-01-16 15:37",
       D("""
       Good afternoon,

       I am a community staff nurse with the Eastfield district nursing team. I visit Mrs Pamela
       Quayle (91) twice weekly for leg ulcer dressings. She receives double-up calls four times a
       day from Mereside Care at Home.

       Over the last fortnight I have recorded three new skin tears on her shins and a large bruise
       across the back of her right hand. Mrs Quayle tells me the carers "pull her about" and are
       "rough" when they get her from bed to chair. On Tuesday I saw the carers use a medium sling
       when her assessment clearly states large, and one carer took her weight under the arms
       rather than using the hoist at all.

       I have made a safeguarding referral today. I am also asking for this to be logged as a
       formal complaint and investigated, as the moving and handling plan is not being followed and
       I am concerned about how the carers have been trained.

       Regards,

       Fiona McAllister RGN
       Community Staff Nurse | Eastfield District Nursing Team
       Northvale Community Health Trust

       --
       This email may contain confidential information. If you are not the intended recipient
       please delete it and notify the sender.
       """), cte="7bit", wrap="72"))

E("sg_sexual_secret",
  L("complaint", "formal", funding="council_funded", sg=True, cg="disability", rep=True),
  mail(("Kayleigh Proudfoot", "kayleigh.proudfoot@example.net"), "my sister Amy - urgent", "2026-01-19 23:14",
       D("""
       I dont know who else to tell. My sister Amy Proudfoot is 34 and has a learning disability, she
       lives at Cedar View flats with support that the council pays for.

       She is supposed to have female staff for her shower. Tonight she told me a man called Dean
       has been doing her shower on a Sunday and he touches her down there and tells her it is their
       secret and she will be in trouble if she says. She was shaking telling me. She has never said
       anything like this before.

       I want the police told and I want a proper investigation, not the provider investigating
       itself. She is staying with me tonight and I am not sending her back until someone rings me.

       Kayleigh Proudfoot
       07700 900418

       Sent from my Galaxy
       """), cte="base64"))

E("sg_resident_night",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True),
  mail(("Bernadette Lomax", "b.lomax@example.com"), "Mum - man coming into her room at night", "2026-01-22 08:51",
       D("""
       Hello

       My mother, Irene Lomax (79), has dementia and lives on the first floor at Swallowmead Care Home.
       Twice in the last fortnight a male resident has gone into her room in the night. On Saturday the
       night carer found him lying on her bed with her and her nightie pulled up round her waist. Mum was
       crying and saying "get him off".

       The home's answer is that he is "harmless" and "gets confused about which room is his". Nobody
       has moved him or put a sensor on her door and he is still on the same corridor.

       Mum cannot lock her door or call for help. I don't see how this is acceptable. What are you going
       to do about it?

       Bernadette Lomax
       """), shape="html", html_style="webmail"))

E("sg_whistle_photos",
  L("complaint", "formal", professional=True, sg=True, cg="older_people", rep=True, role="provider"),
  mail(("A worried carer", "ashgrove.nightcarer@example.net"), "Ashgrove Manor - need someone to know", "2026-01-27 02:17",
       D("""
       Hi,

       I am a care assistant at Ashgrove Manor, in the dementia unit. I am not putting my name because I
       need this job.

       One of the male carers on our unit makes sex jokes to the lady residents while he is washing them.
       He leaves them with no clothes on and the door open while he goes for the next person and he has
       been taking photos on his phone and showing the other lads and laughing. The ladies have dementia
       and they can't say anything.

       I told the deputy manager in December and she said to ignore him, that's just his humour. Nothing
       has changed, he was doing it again this week.

       Please do something. The residents deserve better.
       """), cte="quoted-printable"))

E("sg_shout_stupid",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="older_people", needs=["advocacy"]),
  mail(("Dorothy Makepeace", "dot.makepeace@example.org"), "carer", "2026-01-30 14:05",
       D("""
       Dear Sir or Madam
       My name is Dorothy Makepeace I am 83 and I live at 7 Foundry Cottages.
       I have had carers since I broke my hip which the council pays for and most of
       them are very nice girls. There was a lovely one called Precious but she went
       back to college. My husband Harold used to do everything for me before he passed,
       he was a joiner, and I miss him terrible.
       The one that comes on a Tuesday and Thursday evening is called Sharon and she
       shouts at me. If I have had a little accident she says I am a dirty old woman
       and she is sick of me. Last week she said if I tell anyone she will tell them I
       can't manage and they will put me in a home and I will never see my cat again.
       I have not told my son because he worries. I didn't sleep after.
       I don't write letters much, my granddaughter Chloe set up this email for me.
       Is there somebody who could come and help me make a complaint proper as I am
       not good with forms and I get muddled on the telephone.
       Yours faithfully
       Dorothy Makepeace (Mrs)
       """), cte="7bit", wrap="keep"))

E("sg_romanian_discrim",
  L("complaint", "formal", funding="council_funded", sg=True, cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Mihai Popescu", "mihai.popescu@example.net"), "Complaint for my father Ion Popescu - Willowbeck House", "2026-02-03 19:40",
       D("""
       Good evening,

       I am writing for my father Ion Popescu, he is 72 year old and live in Willowbeck House since
       September. The council pay for his place there.

       My father tell me that some staff is calling him names. One carer say to him "go back to your
       country" and other ones are laughing and copy how he speak. When he ask for help to the toilet one
       carer say she don't understand him and walk away, so he wait long time. Also they take the icon of
       Saint Nicholas from his table and put in drawer and say "no more of this rubbish". For him this is
       very big insult. He is crying when I visit on Sunday and he say he want to die. This is not how you
       treat old man.

       I want this stop and I want to make a formal complaint.

       Tatăl meu vrea să vorbească cu cineva în limba română. Vă rog să trimiteți un interpret.
       (Please send an interpreter who speak Romanian for my father, so he can tell himself what happen.)

       Thank you
       Mihai Popescu
       """), cte="base64"))

E("sg_threat_phone_informal",
  L("complaint", "informal", sg=True, cg="disability", rep=True),
  mail(("Helen Marchbank", "helen.marchbank@example.com"), "Not a formal complaint - but please read", "2026-02-05 20:33",
       D("""
       Dear complaints team,

       My son Robbie is 26 and autistic. He lives in a shared house run by Larkspur Support. Over the
       last month he has started ringing me in a panic most evenings. He says two of the staff tell him
       that if he doesn't "behave" they will take his phone off him and stop him coming home to us at
       weekends, and that "nobody will believe you anyway because you're autistic". On Sunday they did
       take his phone for the whole day because he wouldn't go to bed at 9. He is frightened of them and
       has started wetting the bed again, which he hasn't done since he was a child.

       I don't want this to be a formal complaint because I'm scared they will take it out on him, and he
       begged me not to make a fuss. But someone needs to know what is going on in that house.

       Helen Marchbank
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("sg_gay_couple",
  L("complaint", "formal", funding="self_funded", sg=True, cg="older_people", rep=True),
  mail(("Michael Hartnell", "m.hartnell@example.org"), "Treatment of my husband at Glenmere Court", "2026-02-10 11:19",
       D("""
       To whom it may concern,

       My husband, Peter Dunmore, is 74 and has been at Glenmere Court since his second stroke. We pay
       the fees ourselves.

       Since the autumn one of the senior carers has refused to go into Peter's room. She has told other
       staff, in his hearing, that it is "against her beliefs" to look after "people like him". When I
       hold his hand in the lounge I have been asked to "keep that for his room, other residents find it
       upsetting", and last month we were moved to a side room "for everyone's comfort". On the days she
       is in charge Peter has been left waiting well over an hour for help to the toilet and has been
       found wet. He has started saying he is a burden and that he should never have come out.

       I have spoken to the manager twice. She said she would "have a word". Nothing has changed.

       I want this looked at properly by the council, and I want to know what the home will do to make
       sure Peter is treated with the same respect as everyone else.

       Michael Hartnell
       """), cte="quoted-printable"))

E("sg_png_wrists",
  L("complaint", "unclear", sg=True, cg="disability", rep=True),
  mail(("Gareth Penhaligon", "gpenhaligon@example.net"), "photo of Stephen's wrists", "2026-02-12 17:42",
       D("""
       Photo attached of my brother's wrist. Both wrists are like this, red and raw, like something has been tied round them.

       Stephen is 58 and has a severe learning disability, he doesn't talk. He goes to Ferncroft day service Monday to Thursday. They said nothing when they dropped him off. Nobody has rung.

       I want to know what happened to him.

       Gareth Penhaligon
       """), attachments=[attachment("IMG_5521.png", "image/png", tiny_png(4, 4, (214, 120, 110)))],
       id_style="apple", mixed_style="apple"))

E("sg_dad_hits_mum",
  L("complaint", "formal", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Sarah Whitelock", "sarah.whitelock@example.com"), "Formal complaint - social worker response to my mum's injuries", "2026-02-16 09:25",
       D("""
       Dear Complaints Manager,

       I am writing about my mother, Margaret Whitelock, who is 75 and has Alzheimer's. She lives at home
       with my father, who is 77 and her main carer. She goes to Brookside day centre three days a week,
       which the council funds.

       Dad is not coping. On 2 February Mum had a bruise right across her cheek and when I asked him he
       admitted he had "slapped her to make her eat" and that it "wasn't the first time". Day centre staff
       have also noticed marks on her arms. I rang her social worker, Mr Oakes, the same day. He said it
       was "carer stress", that he would send Dad a respite form, and that was it. No visit, no safeguarding
       meeting, nothing. Two weeks on, Mum is still at home with him every night and he is still refusing
       help.

       I want this treated as a formal complaint about how the social worker responded, and I want to know
       today what is being done to keep my mother safe.

       Sarah Whitelock
       07700 900552
       """), shape="alt", html_style="outlook"))

E("sg_idva_dp",
  L("complaint", "formal", professional=True, funding="council_funded", sg=True, cg="disability", rep=True, role="professional"),
  mail(("Priya Ramanathan", "priya.ramanathan@safehaven-da.example"), "Formal complaint on behalf of client - Ms L Corrie (direct payments)", "2026-02-19 13:08",
       D("""
       Dear Complaints Team,

       I am an Independent Domestic Violence Advocate with SafeHaven. I write with the consent of my client,
       Ms Leanne Corrie (38), who has cerebral palsy and receives direct payments from the council to employ
       a personal assistant.

       Ms Corrie's PA is her partner. Since the summer he has taken control of her bank card and the direct
       payment account, keeps her phone, and on at least two occasions has withheld her pain relief and her
       evening meal after arguments, telling her that "no one else would put up with you". She is now staying
       with a friend.

       Ms Corrie contacted the direct payments team in January to ask for help to stop employing him. She was
       told that any change would have to be discussed "with both of you" at a joint review, and the review was
       booked at her home with him present. She did not feel able to attend.

       On her behalf I wish to make a formal complaint about this response, and I ask that a safeguarding
       enquiry is opened and that interim care is arranged that does not involve her partner.

       Yours sincerely,

       Priya Ramanathan
       IDVA | SafeHaven Domestic Abuse Service
       """), shape="alt"))


# ==========================================================================
# SAFEGUARDING (true): financial, neglect, self-neglect, organisational, slavery
# ==========================================================================
E("sg_fin_will_nephew",
  L("complaint", "formal", sg=True, cg="older_people", rep=True),
  mail(("Declan Brennan", "declan.brennan@example.org"), "Concerns about my aunt and her carer", "2026-02-23 22:06",
       D("""
       Hello,

       My aunt, Violet Brennan, is 88 and lives alone in Ferry Road. She has a carer, Tina, who comes
       from the agency twice a day. Vi has no children and I am her only relative.

       When I visited at the weekend I went through her post. Her bank statements show cash withdrawals
       of £300 almost every week since November. Vi can't walk to the bank; Tina "takes her in the car".
       Tina's son has also been paid £500 for "odd jobs" that I can't see have been done. Worse, there was
       a will form from an online will-writing company on the sideboard, filled in, leaving the house to
       Tina. Vi told me Tina "keeps on about it" and that she "doesn't want to upset her, she's so good to
       me".

       Vi is forgetful and I don't think she understands what she's signing. Please can this be investigated,
       and can someone make sure Tina isn't the one going in while it is?

       Declan Brennan
       """), flowed=True, cte="quoted-printable",
       xmailer="User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"))

_inner = mail(("Jaspreet Sandhu", "jaspreet.sandhu@example.com"), "Dad's money and jewellery - Oakleigh Park",
              "2026-02-24 19:52", D("""
              Dear Ms Grant,

              I am writing about my father, Gurdev Singh Sandhu, who is 81 and lives at Oakleigh Park Nursing Home.

              Over the past three months money has been going missing from Dad's wallet, which is kept in his
              bedside drawer. I leave him £60 in twenties every fortnight for the hairdresser and the paper, and
              within a few days it has gone. Last week his gold kara and his wedding ring also disappeared. Dad
              never takes the kara off; it would not just fall off.

              I have raised this with the home manager twice, in November and again at the start of January. Both
              times she said they would "look into it" and both times I heard nothing back. Dad is now frightened
              to go to sleep in case someone comes into his room.

              Please can you tell me what the council will do about this?

              Jaspreet Sandhu
              """), to=("Olivia Grant", "olivia.grant@council.example"), shape="alt", html_style="gmail", id_style="gmail")
E("sg_fin_purse_attached",
  L("complaint", "formal", sg=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Olivia Grant", "olivia.grant@council.example"), "FW: Dad's money and jewellery - Oakleigh Park", "2026-02-25 09:14",
       D("""
       Hi team,

       Forwarding the attached from Mrs Sandhu. I spoke to her on the phone yesterday afternoon and to be
       honest I don't think she wants this to be formal - she mainly seemed upset - so it may be one for an
       informal resolution with the home. Happy to discuss.

       Olivia

       Olivia Grant
       Reviewing Officer | Care Homes Review Team
       Adult Social Care
       """), shape="alt", inner=_inner.data, inner_name="Dad's money and jewellery - Oakleigh Park.eml"))

E("sg_fin_polish_loan",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Tomasz Nowak", "tomasz.nowak@example.net"), "Mama - opiekunka / carer and money", "2026-02-27 18:30",
       D("""
       Dzień dobry,

       Piszę w sprawie mojej mamy, Krystyny Nowak (76 lat), ul. Canal Street 41. Jedna z opiekunek, która
       przychodzi do niej rano, namówiła mamę, żeby "pożyczyła" jej 2000 funtów na samochód. Mama dała jej
       pieniądze w gotówce z konta oszczędnościowego. Teraz opiekunka mówi, że to był prezent i że niczego
       nie musi oddawać. Mama się jej boi i prosi, żebym nic nie mówił, bo opiekunka dalej przychodzi
       codziennie.

       Proszę o pilny kontakt.

       Please I need a Polish interpreter to speak with you, my English is not good for telephone.

       Tomasz Nowak
       07700 900284
       """), cte="quoted-printable"))

E("sg_police_cuckoo",
  L("complaint", "formal", professional=True, funding="council_funded", sg=True, cg="disability", rep=True, role="professional"),
  mail(("PC 4471 Owen Tregarth", "owen.tregarth@police.example"), "Vulnerable adult - Mr Daniel Ferris - no response to information sharing", "2026-03-02 16:45",
       D("""
       Good afternoon,

       I am the neighbourhood beat officer for the Westgate area. I am writing about Mr Daniel Ferris (47),
       who has a learning disability and lives alone in a tenancy supported by your commissioned floating
       support service.

       Since January a group of known drug users have effectively moved into Mr Ferris's flat. They are
       using the property to deal from, they collect him from the post office on the day his benefits are
       paid, and on our last visit he was sleeping on the kitchen floor because they had taken his bedroom.
       He told me he is "scared to say no".

       We shared this information with your duty team by email and phone on 5 and 19 February and received
       no response. I have since been told that his floating support worker stopped visiting in February
       because "the flat didn't feel safe for staff".

       I would like this to be treated as a formal complaint about the lack of response to a vulnerable
       adult at clear risk, and I ask that someone contacts me to agree a joint visit.

       PC 4471 Owen Tregarth
       Westgate Neighbourhood Policing Team

       OFFICIAL-SENSITIVE
       """), shape="alt", html_style="outlook"))

E("sg_missed_insulin_disclaimer",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Maureen Tollitt", "maureen.tollitt@example.com"), "Brian's lunchtime insulin", "2026-03-04 13:02",
       D("""
       Hello,

       I'm not accusing anyone of abuse and I know the carers are run off their feet, but I have to tell
       somebody about my husband's insulin.

       Brian is 72 and has type 1 diabetes. Since his stroke he can't do his own injections, so the council
       arranged carers to come at lunchtime to do it. In the last two weeks they have missed him three times.
       Twice nobody came at all and once the carer said she "wasn't trained for insulin" and left. The last
       time his sugar was 28 by teatime and we had to call 999. The paramedics were not happy.

       I can't do it myself because of my eyesight. What happens next time?

       Maureen Tollitt
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("sg_pad_since_morning",
  L("complaint", "unclear", sg=True, rep=True),
  mail((None, "gaz_1979@example.net"), "dad", "2026-03-05 16:03",
       "dad sitting in same pad since this morning, nobody came dinner time. its 4pm. hes soaked and freezing. thats the third time. absolutly disgusting who is in charge\n",
       cte="7bit"))

E("sg_discharge_pressure",
  L("complaint", "formal", professional=True, funding="council_funded", sg=True, cg="older_people", rep=True, role="professional"),
  mail(("Integrated Discharge Team", "idt.northvale@hospital.example"), "Formal concern - Mrs G Openshaw - admitted from Hollins Bank Nursing Home", "2026-03-09 11:40",
       D("""
       Dear Complaints Team,

       Patient: Mrs Gladys Openshaw, DOB 22/09/1936
       Admitted: 06/03/2026 from Hollins Bank Nursing Home (placement funded by the council)

       We are writing on behalf of the Integrated Discharge Team following Mrs Openshaw's admission on
       Friday. On arrival she had a category 4 pressure ulcer to the sacrum with bone visible, unstageable
       damage to both heels, and she was severely dehydrated (sodium 158). Her daughter reports that the
       home told her two weeks ago that Mrs Openshaw's skin was "intact".

       The repositioning charts sent with her record two-hourly turns throughout, which is not consistent
       with the wounds we have seen.

       A safeguarding concern has been raised by the ward. We also wish to raise this as a formal complaint
       on Mrs Openshaw's behalf, and ask that the council's investigation looks at whether other residents at
       Hollins Bank are at risk.

       Kind regards,

       Amara Nwachukwu
       Senior Discharge Co-ordinator, Integrated Discharge Team
       Northvale General Hospital
       """), cte="quoted-printable"))

E("sg_fridge_empty_informal",
  L("complaint", "informal", sg=True, cg="older_people", rep=True),
  mail(("Callum Gilchrist", "callum.gilchrist@example.org"), "Mum's meals - can someone have a word", "2026-03-10 07:55",
       D("""
       Morning,

       My mum Rose Gilchrist is 87 and has carers from Harbourside Home Care four times a day. I live in
       Aberdeen so I only get down every few weeks. When I arrived on Saturday the fridge was full of the
       meals I'd ordered for her, still sealed, but the carers' book says "meal prepared and eaten" every
       teatime. Her water jug was empty, she's lost about a stone since Christmas and she was muddled and
       dizzy. The GP says she's dehydrated.

       I don't want to make a formal complaint or get anyone sacked. I just need it fixed this week. Could
       someone please have a word with the agency and make sure she's actually getting fed?

       Thanks,
       Callum Gilchrist
       """), cte="quoted-printable"))

E("sg_sl_wrong_meds",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="disability", rep=True),
  mail(("Janice Okoro", "janice.okoro@example.net"), "Ellis given wrong tablets - Riverside Lodge", "2026-03-12 21:20",
       D("""
       Dear Sir/Madam

       My son Ellis is 33 and has a learning disability and epilepsy. He lives at Riverside Lodge, which is
       funded by adult social care.

       On Monday night a support worker gave Ellis another tenant's tablets instead of his. Nobody noticed
       until the morning, and because his own medication was "still in the pot" he also missed his epilepsy
       tablets. He had a seizure on Tuesday lunchtime and cut his head on the table. I was only told when the
       hospital rang me.

       This is the second medication mistake since Christmas. How many more before someone takes it
       seriously?

       Janice Okoro
       """), cte="7bit"))

E("sg_soiled_overnight_formal",
  L("complaint", "formal", funding="self_funded", sg=True, cg="older_people", rep=True),
  mail(("Jacqueline Pilling", "jpilling@example.com"), "Mum left wet again \u2013 Sunnybank House", "2026-03-16 12:47",
       D("""
       Dear Complaints Team,

       My mum, Nora Pilling, is 86 and has lived at Sunnybank House since 2024. She pays her own fees.

       On Saturday I arrived at 10am to find her still in bed, wet through, with the sheets dried yellow
       underneath her and her skin red raw at the top of her legs. The night staff had "not wanted to wake
       her". The day staff hadn't been in. Mum was too embarrassed to look at me.

       I raised exactly this with the manager in person in January and again by email on 2 March. She
       apologised both times and said it wouldn't happen again. It has.

       I am asking the council to look into this formally. I want to know how often Mum is actually being
       checked at night and why nothing changed after I complained.

       Jacqueline Pilling
       """), charset="windows-1252", cte="quoted-printable"))

E("sg_chair_heels_html",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True),
  mail(("Trevor Ashdown-Kaye", "trevor.ak@example.org"), "Dad stuck in his chair all day", "2026-03-18 20:11", None,
       shape="html", html=D("""
       <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
       <body style="font-family:Arial,sans-serif;font-size:14px">
       <p>To the complaints department,</p>
       <p>My father <b>Norman Ashdown</b> is 80, has advanced dementia and lives at Elmstead Grange.</p>
       <p>Every time I visit, whatever the time, he is in the same high-back chair in the corner of the lounge.
       Last Wednesday I stayed from 8.30am until 8pm and <b>in that whole time nobody moved him, changed his position
       or took him to the toilet</b>. He was given one drink that I saw.</p>
       <p>When I helped the nurse put him to bed I saw that both of his heels have big black blisters on them.
       The nurse said &quot;he refuses to be moved&quot;. He can't refuse anything &ndash; he hasn't spoken in a year.</p>
       <p>I&#39;d like someone from the council to go in and see for themselves.</p>
       <p>Trevor Ashdown-Kaye<br>07700 900671</p>
       </body></html>
       """)))

E("sg_gp_ms_informal",
  L("complaint", "informal", professional=True, funding="council_funded", sg=True, cg="disability", rep=True, role="professional"),
  mail(("Dr Samuel Achterberg", "s.achterberg@wealdsidesurgery.example"), "Care concern - Mr Alan Royce (for informal resolution please)", "2026-03-20 18:22",
       D("""
       Dear colleagues,

       I am the GP for Mr Alan Royce (52), who has progressive multiple sclerosis and receives a package of
       home care arranged by the council.

       At a home visit this week I found his catheter bag full to the point of leaking and was told it had
       not been emptied since the previous evening. He has early pressure damage to both buttocks and he
       tells me carers "don't have time" to reposition him during the day. He has lost 4kg since November.

       Mr Royce has asked me to pass this on. He would prefer this to be dealt with informally with the
       provider in the first instance rather than through a formal complaint, as he likes most of his carers
       and worries about losing the package. I would be grateful if whoever oversees the package could
       raise it with the agency and let me know the outcome.

       Best wishes,

       Dr Samuel Achterberg
       GP, Wealdside Surgery
       """), shape="alt"))

E("sg_welsh_lunch",
  L("complaint", "formal", sg=True, cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Rhian Parry", "rhian.parry@example.org"), "Cwyn - gofal Mam / complaint about my mother's care", "2026-03-23 17:35",
       D("""
       Annwyl Syr/Madam,

       Rwy'n ysgrifennu am fy mam, Gwenllian Parry, sy'n 88 oed ac yn byw ar ei phen ei hun yn Heol y Felin.
       Dydy'r gofalwyr ddim wedi dod amser cinio ers tri diwrnod. Pan es i yno ddydd Mawrth roedd hi heb fwyd
       na diod ers y bore, ac roedd ei thabledi yn dal yn y pecyn. Mae hi'n wan iawn ac yn ddryslyd.

       Hoffwn wneud cwyn ffurfiol. Hoffwn gael ateb yn Gymraeg, os gwelwch yn dda.

       Please could someone who speaks Welsh phone me - my mother and I would prefer to deal with this in Welsh.

       Diolch,
       Rhian Parry
       01632 960442
       """), cte="quoted-printable"))

E("sg_neighbour_door_open",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Hannah Beresford", "hannah.beresford@council.example"), "Fwd: Mrs Trow - Cllr Whitmore casework", "2026-03-25 10:32",
       D("""
       Hello Complaints,

       Cllr Whitmore has asked me to forward the email below from a resident in her ward. The neighbour has
       agreed we can share it. Could you copy the Councillor into the acknowledgement please.

       Thanks
       Hannah

       """) + gmail_fwd_block("Keith Dunwoody <keith.dunwoody@example.com>", "2026-03-24 23:05",
                              "Cllr Jean Whitmore <cllr.whitmore@council.example>", "Mrs Trow, 11 Lark Lane", D("""
       Dear Councillor Whitmore,

       I'm not family but someone has to speak up. My neighbour Alice Trow is 90 and has dementia. At 2am
       last night I found her in the street in her nightie, barefoot, trying to find "the bus to work". Her
       front door was wide open and the key safe was hanging open with the key in the lock.

       Her carers are meant to come at 9pm to settle her and lock up. Her care folder has nothing written for
       last night at all, and this is the second time in a month I've found her door unlocked in the morning.
       The police brought her home but she could have been killed on the main road.

       Can you make sure somebody does something?

       Keith Dunwoody (no. 13)
       """)), shape="alt", html_style="gmail", id_style="gmail", id_domain="council.example"))

E("sg_urdu_halal",
  L("complaint", "formal", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Imtiaz Rashid", "imtiaz.rashid@example.com"), "my father food and carers", "2026-03-27 14:16",
       D("""
       Assalamualaikum and hello,

       I am write about my father Abdul Rashid he is 80 year and live alone on Gladstone Road. Council is send
       carers for him two time a day since he come from hospital.

       Problem is carers bring him ready meal with pork and some not halal, I tell the office before this many
       times he cannot eat this. So he is not eating, only tea and biscuit. He lose weight very much, his
       trousers falling. Also when he ask help to wash before prayer one carer is laughing and say "why you
       pray so much, you are old man just sit". He feel very sad and shame.

       My father is good man, he work in this town 40 year. Please help him.

       Imtiaz Rashid (son)
       """), cte="quoted-printable"))

E("sg_self_neglect_hoarder",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True),
  mail(("Pauline Mercer", "pauline.mercer@example.net"), "Mr Bartram at no. 6 - why was his case closed?", "2026-03-30 19:58",
       D("""
       Hello,

       I live next door to Clive Bartram at 6 Cooper's Row. Clive is in his seventies and lives alone. Since
       his wife died he has stopped looking after himself. He has no heating on (his boiler broke in
       November), the house is stacked to the ceiling with newspapers and bags, there is rotting food on the
       step and the smell of urine comes through the wall. He has fallen twice that I know of and lay on the
       floor one night until I heard him knocking.

       Someone from social services visited him once in February and closed the case because he "has capacity
       and declined support". He's not eating properly, he's lost a lot of weight and he's very confused some
       days. Surely "he said no" is not the end of it?

       I am not a relative and I don't want to interfere, but I can't watch this happen.

       Pauline Mercer
       """), cte="quoted-printable"))

E("sg_self_neglect_sister_mh",
  L("complaint", "unclear", sg=True, omb=True, cg="disability", rep=True),
  mail(("Andrew Kilbride", "a.kilbride@example.com"), "My sister - refused help", "2026-04-01 22:40",
       D("""
       To the complaints team,

       My sister Joanne is 45 and has had severe depression for years. Since the community mental health team
       discharged her in January she has stopped eating properly, she doesn't open her post or her door, the
       bailiffs have been round twice and her flat is in a state. When I got in last Sunday there was no food
       in the flat and she hadn't washed in weeks. She told me she "doesn't see the point any more".

       I asked adult social care for an assessment and was told on the phone that she "doesn't meet the
       criteria" because she didn't engage when they rang her. She doesn't answer the phone to anyone!

       If this isn't sorted I will be going to the Ombudsman, and to my MP.

       Andrew Kilbride
       """), cte="7bit"))

E("sg_org_5am",
  L("complaint", "formal", sg=True, cg="older_people", rep=True),
  mail(("Roisin Callaghan", "roisin.callaghan@example.org"), "Request for formal investigation - routines at Brambleside Court", "2026-04-03 10:27",
       D("""
       Dear Sir/Madam,

       My mother, Kathleen Callaghan, is 90 and has lived at Brambleside Court for two years.

       I would like a formal investigation into the way the home is being run. Since the new manager arrived:

       - residents are being got up, washed and dressed by the night staff from 5am so that they are "ready"
         for the day shift. Mum was up and in the lounge at 5.40am when I arrived early last week;
       - residents are taken to the toilet at set times only. In between, staff tell them to "use your pad";
       - there is a notice in the sluice saying "3 pads per resident per day - no exceptions";
       - most residents are in bed by 6.30pm.

       Mum is exhausted, she has had two urine infections since January and she has sore skin. Other families
       have told me the same about their relatives. These are people in their eighties and nineties being
       managed to suit the rota.

       Yours faithfully,
       Roisin Callaghan
       """), shape="alt", html_style="outlook"))

E("sg_org_advocate",
  L("complaint", "formal", professional=True, funding="council_funded", sg=True, cg="disability", rep=True, role="professional"),
  mail(("Marcus Wheeldon", "marcus.wheeldon@voiceadvocacy.example"), "Formal complaint - restrictive practices at Hawthorn Mews (client: Ms T Hale)", "2026-04-07 14:55",
       D("""
       Dear Complaints Manager,

       I am a Care Act advocate with Voice Advocacy, instructed to support Ms Tamsin Hale (31), who has a
       learning disability and lives at Hawthorn Mews, a supported living service commissioned by the council.
       Ms Hale has asked me to raise the following on her behalf.

       During visits in March I observed, and Ms Hale and two other tenants confirmed, that:
       - the kitchen is locked outside "meal times" and tenants must ask staff for drinks;
       - all tenants must be in their rooms by 8pm;
       - mobile phones are taken from tenants as a "consequence" for behaviour and kept in the office overnight;
       - tenants' bank cards are held by staff, and tenants are told they "owe" money when they ask for cash.

       None of these restrictions is in Ms Hale's support plan, and there is no best-interests decision for any
       of them. They appear to apply to everyone in the service.

       We are asking for a formal investigation under the council's complaints procedure and for the matter
       to be considered under safeguarding as possible organisational abuse.

       Yours sincerely,

       Marcus Wheeldon
       Independent Advocate | Voice Advocacy
       """), cte="quoted-printable"))

E("sg_whistle_passports",
  L("complaint", "unclear", professional=True, sg=True, cg="older_people", rep=True, role="provider"),
  mail(("care worker", "kindhelper2026@example.net"), "Silverline Homecare - workers and clients", "2026-04-09 23:48",
       D("""
       Hello,

       I work for Silverline Homecare as a carer. Many of us come from abroad on sponsor visa. The owner keep
       our passports "for safe" in the office and we cannot have them back. He take £400 each month from our
       pay for "visa costs" and rent. I live with five other carers in one house with two bedrooms. We work
       from 6am to 11pm, seven days, no day off. If we complain he say he will send us home.

       Because we have so many calls the office tell us to do 10 minutes only at each house. The old people
       we visit, they don't get proper lunch, some of them we cannot help to the toilet, we just leave the
       sandwich and go. One old man he cry when we leave.

       Please help us and help the clients. I cannot give my name.
       """), cte="quoted-printable"))

E("sg_callnote_livein",
  L("complaint", "unclear", funding="self_funded", sg=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Bilal Chaudhry", "bilal.chaudhry@council.example"), "FW: Call note - live-in carer concern (Mrs Ogunleye)", "2026-04-13 15:06",
       D("""
       Hi,

       Not sure this one is a complaint about us at all - it might be more one for safeguarding or the
       police - but the caller asked for it to go to complaints so I'm sending it over. MASH copied.

       Bilal Chaudhry | Adult Social Care Front Door

       """) + outlook_block("ASC Front Door <asc.frontdoor@council.example>", "2026-04-13 14:40",
                            "Chaudhry, Bilal <bilal.chaudhry@council.example>", "Call note - live-in carer concern", D("""
       Call taken 14:22. Caller: Mrs Grace Ogunleye (daughter).
       Person: Mrs Esther Ogunleye, 82, has dementia, lives at home with a live-in carer from Crownbridge
       Live-in Care. Family pays the agency privately.
       Caller says the carer (Filipina, name Rosa) broke down on Sunday and told her the agency has her
       passport, pays her "about £50 a week", and she has not had a day off since December. Rosa says the
       agency also sends her out to clean at other houses in the afternoons, leaving Mrs Ogunleye on her own
       for three or four hours at a time. Caller is very worried about both of them. Wants to know what the council can do.
       """)), shape="alt"))

E("sg_police_wandering_informal",
  L("complaint", "informal", professional=True, funding="council_funded", sg=True, cg="older_people", rep=True, role="professional"),
  mail(("Sgt Lorna Beattie", "lorna.beattie@police.example"), "For awareness - Mr W Hebden, 82 - missed care calls", "2026-04-15 08:12",
       D("""
       Good morning,

       Overnight on 14/15 April officers found Mr Walter Hebden (82), who has dementia, walking along the
       bypass in his slippers at around 01:30. He was returned home. His house was cold, there was no food
       in the property, and the care log showed no visits since the morning of the 13th. His neighbour
       understands the care package is arranged by the council. The agency later told officers there had
       been a "system error" with the rota.

       This is not a formal complaint from the force, but I wanted to make sure the council's commissioning
       team are aware so that it can be picked up with the provider. A police vulnerable adult report has
       also been submitted.

       Regards,

       Sgt Lorna Beattie
       Response Team 3, Northvale Police
       """), cte="7bit", wrap="72"))

E("sg_discharge_no_package",
  L("complaint", "formal", professional=True, funding="council_funded", sg=True, cg="older_people", rep=True, role="professional"),
  mail(("Ward 12 Discharge Team", "ward12.discharge@hospital.example"), "Formal complaint - failed discharge, Mr L Asquith", "2026-04-17 16:30",
       D("""
       Dear Complaints Team,

       We wish to make a formal complaint regarding Mr Leonard Asquith, aged 78, who was discharged from
       Ward 12 on 3 March with a package of care (four calls a day) arranged through the council's brokerage
       team to start the same evening. The package was confirmed to us in writing on 2 March.

       No carers attended. Mr Asquith, who lives alone and mobilises with a frame, was found on his bedroom
       floor 36 hours later by a neighbour. He was readmitted with an acute kidney injury and rhabdomyolysis
       and has been with us for a further six weeks.

       We would like the investigation to establish why the package did not start and why nobody contacted
       the ward or Mr Asquith when it did not.

       Kind regards,

       Helen Ng
       Discharge Co-ordinator, Ward 12
       Northvale General Hospital
       """), shape="alt"))

E("sg_daycentre_burn",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="disability", rep=True),
  mail(("Siân Goddard", "sian.goddard@example.net"), "Burn on Owen's hand - Meadowview day service", "2026-04-20 18:49",
       D("""
       Hello,

       My brother Owen (31) has a learning disability and cerebral palsy. He goes to Meadowview day service
       three days a week, which he pays for out of his personal budget from the council.

       On Thursday he came home with a large blister across the back of his left hand. It looks like a burn,
       maybe from the kettle or a hot pan. There was nothing in his communication book and the driver didn't
       say anything. Owen can't tell us what happened.

       Surely someone must have noticed. Why were we not told?

       Siân Goddard
       """), charset="iso-8859-1", cte="quoted-printable"))

E("sg_falls_head_stage2",
  L("complaint", "formal", funding="self_funded", sg=True, s2=True, cg="older_people", rep=True),
  mail(("Dawn Featherstone", "dawn.featherstone@example.com"), "Escalation: Dad's falls at Ravensworth Hall", "2026-04-22 11:03",
       D("""
       Dear Complaints Team,

       My father, Albert Featherstone (84), lives at Ravensworth Hall. We pay the home privately.

       Dad has had five falls since February, none of them witnessed. After the fall on 28 March he had a
       deep cut on his head which staff "glued" themselves. He was not taken to hospital, the GP was not
       called, and we were only told three days later when my sister noticed the wound. He is on blood
       thinners. He now has a sensor mat, but it was unplugged when I visited on Sunday.

       I complained to the home on 30 March. Their response, on 14 April, was a two-line email saying that
       "falls are an unfortunate part of life in a care home" and that "appropriate first aid was given".
       I am not happy with that response. I would like the council to review my complaint and look at
       whether Dad is safe there.

       Dawn Featherstone
       """), cte="quoted-printable"))

E("sg_somali_water",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Hodan Warsame", "hodan.warsame@example.org"), "my mother Faadumo - water", "2026-04-24 20:26",
       D("""
       Hello,

       My mother Faadumo Ali is 70 year old. She is in Linden Court care home after her stroke, she cannot
       walk and she cannot use right hand. Every time I visit her lips is dry and cracked and the water jug
       is on the table far away where she cannot reach. Nobody give her drink. Now she have urine infection
       second time and the doctor say she need more drink.

       For the meeting please I want Somali interpreter for my mother, she want to speak herself.
       Fadlan, hooyaday waxay u baahan tahay turjumaan Soomaali ah.

       Hodan Warsame (daughter)
       """), cte="base64"))

E("sg_brother_bankcard",
  L("complaint", "formal", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Yvonne Castellano", "yvonne.castellano@example.net"), "Complaint - nobody acted about my dad's money", "2026-04-28 09:37",
       D("""
       Dear Sir/Madam,

       My father, Ernest Doughty, is 81 and has carers through the council three times a day.

       In March I told his social worker, Ms Ferreira, that my brother Lee has taken Dad's bank card and is
       drawing his pension as soon as it goes in. Dad has been left with no money for his shopping or his
       electric meter. The carers have been buying him milk out of their own pockets. Ms Ferreira said she
       would "look into it" and I have chased her three times since. Nothing has been done and Lee still has
       the card.

       Dad sat in the cold last week because the meter ran out. He is frightened of Lee and will not stand up
       to him.

       I want a formal complaint logged about the way this has been handled, and I want someone to act now.

       Yvonne Castellano
       """), cte="quoted-printable"))

E("sg_clozapine_fwd",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="disability", rep=True, role="officer_forward"),
  mail(("Martin Oyelowo", "martin.oyelowo@council.example"), "FW: My son's medication", "2026-04-30 14:21",
       D("""
       Hi complaints,

       Email below came to our team inbox. For what it's worth I don't see this as a safeguarding matter -
       it reads to me like a service issue with the provider's ordering system - but logging with you as a
       complaint.

       Martin

       Martin Oyelowo
       Team Manager | Community Mental Health (Social Care)

       """) + outlook_block("Beverley Stroud <bev.stroud@example.com>", "2026-04-29 22:48",
                            "MH Social Care Team <mh.socialcare@council.example>", "My son's medication", D("""
       To whoever reads this,

       My son Jordan is 41 and has schizophrenia. He lives at Elmcroft House, where his placement is funded
       by the council. Staff there give him his clozapine every day.

       Last week they ran out and didn't reorder it. Jordan went four days without it. Nobody told me or his
       care co-ordinator. By the Saturday he was hearing voices again, hadn't slept, and he ended up walking
       into the road in front of a bus. The police had to bring him back.

       Clozapine is not a tablet you can just miss. How can a service that is paid to look after him let this
       happen?

       Beverley Stroud
       """)), shape="alt"))

E("sg_reablement_weight",
  L("complaint", "formal", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Nicola Barraclough", "nicola.barraclough@example.org"), "Reablement - my father not fed", "2026-05-04 16:12",
       D("""
       Hi,

       My dad, Keith Barraclough, is 68 and came home on 13 April after a hip replacement. The council's
       reablement team were supposed to visit three times a day to help him wash, dress and get his meals.

       I've now found out that on most visits they were in and out in ten minutes. They left microwave meals
       in the freezer for him to "heat up when he's ready", but he can't stand at the worktop on his frame,
       so he wasn't eating. When I came back from holiday on 30 April he had lost nearly 10lbs, he had a
       water infection and he was back in hospital that night.

       I would like this investigated please - how it was recorded, and why nobody noticed he wasn't eating.

       Nicola Barraclough
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("sg_gp_selfneglect_formal",
  L("complaint", "formal", professional=True, sg=True, cg="disability", rep=True, role="professional"),
  mail(("Dr Harriet Lindqvist", "h.lindqvist@kilnworthmedical.example"), "Formal complaint - refusal to assess Mr K Norbury", "2026-05-06 13:15",
       D("""
       To the Complaints Manager,

       I write as the GP of Mr Kevin Norbury (60), who has long-standing depression and alcohol dependence.

       Mr Norbury's self-care has deteriorated severely over the past six months. At my home visit on 28 April
       he was emaciated, incontinent, sleeping in a chair among rubbish, with no working fridge and no food in
       the house. He has had three falls requiring ambulance attendance since March.

       I have requested a Care Act assessment twice, on 2 March and 9 April. Both requests were declined on the
       grounds that his needs "arise from his alcohol use" and that he "did not engage". Neither response
       considered his mental health or his capacity to make decisions about his care.

       I wish to formally complain about these decisions. Mr Norbury is at serious risk and I would ask that
       this is also treated as a safeguarding concern about self-neglect.

       Yours faithfully,

       Dr Harriet Lindqvist
       Kilnworth Medical Centre
       """), cte="quoted-printable"))

E("sg_not_saying_abuse_pads",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Gillian Rowntree", "gill.rowntree@example.com"), "Mum at Fairholme - pads", "2026-05-08 21:30",
       D("""
       Hi there

       I'm not saying it's abuse, I'm sure the staff do their best, but I don't know who else to tell.

       Mum is 92 and in Fairholme Nursing Home - social services pay for her place. Three times this month I've
       gone in at teatime and she has been in the same pad I saw her put in at breakfast. Yesterday it had
       leaked through to the chair and her skin is broken and bleeding at the top of her legs. She calls out
       when they move her. The carers say they are "two staff down".

       Can somebody please check on her?

       Gill Rowntree
       """), cte="8bit"))

E("sg_pharmacist_blister",
  L("complaint", "informal", professional=True, sg=True, cg="older_people", rep=True, role="professional"),
  mail(("Rajesh Mistry", "rajesh.mistry@townpharmacy.example"), "Returned blister packs - Mrs I Cattermole", "2026-05-11 17:55",
       D("""
       Hello,

       I'm the pharmacist at Town Pharmacy on Bridge Street. Just flagging something that's worrying me, I'm
       not wanting to make a formal complaint.

       We make up weekly blister packs for Mrs Ivy Cattermole (85), whose carers give her medicines four
       times a day. Her family brought in last week's pack to be disposed of and every lunchtime and teatime
       dose for the week was still in it - including her heart tablets and her Parkinson's medication. Her
       daughter tells me the carers' medication sheet is signed as "given" for all of them.

       Could someone let the agency know and check what's going on? I've told her GP too.

       Thanks,
       Rajesh Mistry MRPharmS
       """), cte="quoted-printable"))

E("sg_bsl_daycentre_mock",
  L("complaint", "unclear", sg=True, cg="disability", needs=["bsl"]),
  mail(("Darren Holloway", "darren.holloway@example.net"), "Day centre staff laugh at me", "2026-05-13 15:44",
       D("""
       Hello

       My name Darren Holloway. I am Deaf. BSL my language. I am 40. I have learning disability also.
       I go Oakfield day centre Tuesday Wednesday.

       Staff there laugh at my signing. They copy my hands and make silly face. Other people laugh too.
       At lunch staff make me sit alone at small table "because you can't talk anyway". Nobody sign to me.
       I feel stupid and sad. I not want go back.

       I want meeting about this. I need BSL interpreter for meeting please. Not my mum interpret.

       Email me. I can not use phone.
       Darren
       """), cte="7bit"))

E("sg_dementia_sedated",
  L("complaint", "formal", sg=True, cg="older_people", rep=True),
  mail(("Elaine Szymanski", "elaine.szymanski@example.org"), "Request for formal investigation - sedation of my mother", "2026-05-15 10:49",
       D("""
       Dear Complaints Team,

       I request a formal investigation into the care of my mother, Teresa Szymanski (81), at Hillcrest Grange.

       Mum has dementia and can be restless in the afternoons. Her GP prescribed lorazepam "as required" for
       severe distress, no more than twice a week. Having finally seen her medication records, she has been
       given it every single afternoon since 3 April. A carer told me, I think without realising what she was
       saying, that it is "so she doesn't bother the girls when they're doing the teas".

       Mum now sleeps most of the day, she has stopped feeding herself and she fell out of her chair on 9 May
       and fractured her wrist.

       Elaine Szymanski
       """), shape="alt"))

E("sg_png_heel",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Raymond Ibbotson", "ray.ibbotson@example.com"), "wife's heel - photo", "2026-05-18 12:01",
       D("""
       Photo of Sheila's heel attached, the district nurse took it yesterday.

       Sheila is 69, she had a big stroke in January and the council pays for carers to come in four times a
       day to wash her and turn her. The care plan says cream her heels and turn her every visit. They don't,
       they say she's "comfy as she is". Now it's gone black and the nurse says it's a category 3.

       Ray Ibbotson
       Sent from my iPad
       """), attachments=[attachment("heel 17 May.png", "image/png", tiny_png(5, 4, (60, 40, 38)))],
       id_style="apple", mixed_style="apple"))

E("sg_reply_quoting_ack",
  L("complaint", "formal", sg=True, cg="older_people", rep=True),
  mail(("Owen Thackeray", "owen.thackeray@example.net"), "Re: Your complaint has been received - ref ASC-26-0388", "2026-05-21 21:37",
       D("""
       Hello,

       Since you sent this acknowledgement Dad has gone another two nights without his evening tablets
       (Tuesday and Wednesday) because the late call didn't happen again. He is 79 and on tablets for his
       heart and blood pressure. He was dizzy and unsteady all day today.

       You said you would respond within 20 working days. I understand that, but I need someone to make sure
       he gets his tablets in the meantime. Who can I speak to tomorrow?

       Owen Thackeray

       """) + gmail_attribution("2026-05-12 10:31", "Adult Social Care Complaints <complaints@council.example>") + gt(D("""
       Dear Mr Thackeray,

       Thank you for your email of 11 May. We have logged your formal complaint about the home care provided
       to your father, Mr Stanley Thackeray, under reference ASC-26-0388. It has been passed to the Team
       Manager of the Older People's Locality Team, who will respond within 20 working days.

       If you would like support from an independent advocate, or need this letter in large print, another
       language or another format, please let us know.

       If you remain unhappy once our complaints procedure is complete, you can contact the Local Government
       and Social Care Ombudsman.

       If you think someone is at immediate risk of harm, please call our safeguarding line on 01632 960010.

       """) + COUNCIL_SIG), in_reply_to=ack_id("ASC-26-0388", "2026-05-12 10:31"), cte="quoted-printable"))


# ==========================================================================
# TRICKY SAFEGUARDING NEGATIVES (complaints, safeguarding=false)
# ==========================================================================
E("neg_bill_explicit",
  L("complaint", "unclear", funding="council_funded", charges=True, cg="older_people", rep=True),
  mail(("Graham Entwistle", "graham.entwistle@example.org"), "Dad's care bill - charged while in hospital", "2026-01-08 10:15",
       D("""
       Good morning,

       Before anything else: nobody has hurt Dad, the carers are kind and he's happy with them. This is
       purely about the bill.

       My father, Harold Entwistle (83), has home care arranged by the council and pays an assessed weekly
       contribution of £71.40. He was in Northvale General from 17 November to 12 December. The carers were
       cancelled for that period - I rang the agency myself - but his December statement charges him the
       full £285.60 for those four weeks.

       Could someone please correct the statement and confirm in writing that he won't be chased for it?

       Regards,
       Graham Entwistle
       """), shape="alt", html_style="outlook"))

E("neg_late_20min_informal",
  L("complaint", "informal", cg="older_people", rep=True),
  mail(("Shirley Cowgill", "shirleycowgill@example.com"), "Carers running late - no phone call", "2026-01-14 12:40",
       D("""
       Hi,

       Just a small thing and I'm not making a formal complaint. Mum's 71 and has a morning call from Aspire
       Care at 8.30. Most days lately they're 15-20 minutes late. Mum is fine, she has her cup of tea and
       waits, no harm done - but she gets anxious when she doesn't know if they're coming.

       All I'm asking is for the agency to ring her if they're going to be more than 10 minutes late. Could
       someone pass that on?

       Thanks, Shirley
       """), cte="quoted-printable"))

E("neg_rude_reception",
  L("complaint", "unclear", cg="older_people", rep=True),
  mail(("Veronica Tench", "veronica.tench@example.net"), "Rudeness at Larchfield House reception", "2026-01-20 16:27",
       D("""
       Dear Sir/Madam,

       I visit my aunt, Margaret Tench (94), at Larchfield House every Sunday. Her care is very good and I have
       no concerns about how she is looked after.

       However, last Sunday I arrived to take her out for lunch, as arranged with the unit, and the woman on
       reception refused to let us leave, said loudly that "some of us have actual work to do" and told me I
       should have "filled in a form". My aunt was upset and embarrassed in front of other visitors. When I
       asked for her name she turned her back on me.

       I would like an apology, and I'd like to know what the procedure actually is for taking Aunty out.

       Veronica Tench
       """), cte="quoted-printable"))

E("neg_invoice_hospital_own",
  L("complaint", "unclear", funding="council_funded", charges=True, cg="older_people"),
  mail(("Bernard Quigley", "bernard.quigley@example.com"), "Wrong invoice", "2026-01-28 09:05",
       D("""
       Dear Finance

       I am 70 and have a carer every morning that the council sorted out for me after my operation. I pay
       you £38.50 a week towards it which is fine.

       Invoice number ASC-INV-2026-010233 says I owe £154 for January but I was at my daughter's in Leeds
       from the 3rd to the 24th and the carer was cancelled. I have the letter from the agency saying so.

       Please send me a correct bill. I don't want this going to debt collectors.

       Bernard Quigley
       """), charset="iso-8859-1", cte="base64"))

E("neg_historic_resolved",
  L("complaint", "formal", funding="council_funded", charges=True, cg="older_people", rep=True),
  mail(("Anne-Marie Dolan", "am.dolan@example.org"), "Formal complaint - Mum's financial reassessment", "2026-02-02 14:33",
       D("""
       Dear Complaints Team,

       I am my mother's attorney under a lasting power of attorney for property and financial affairs. Mum,
       Bridget Dolan, is 88 and has carers arranged by the council.

       You will see from her file that in 2024 her previous carer was convicted of stealing from her. That was
       fully dealt with by the police and the council at the time, the carer was removed, and we have no
       concerns at all about her current carers. I mention it only because the money she lost is relevant
       here.

       Mum's financial reassessment in January has counted £6,000 of savings that no longer exist - it is the
       money that was stolen, and the court ordered compensation has not been paid. As a result her weekly
       contribution has gone up from £48 to £112.

       I would like to make a formal complaint about the reassessment and ask for it to be redone using her
       actual savings.

       Anne-Marie Dolan
       """), shape="alt"))

E("neg_sw_no_callback",
  L("complaint", "unclear", cg="disability", rep=True),
  mail(("Philip Rudd", "philip.rudd@example.net"), "Social worker never rings back", "2026-02-06 11:11",
       D("""
       Hello,

       My son Tom is 35 and has a learning disability. His annual review was due in October. I have left five
       messages for his social worker since November and not one has been returned. The duty line just says
       she'll "get the message".

       Tom himself is fine - he's settled, happy at his work placement and there's nothing urgent - but he
       wants to try going to the gym with support and that needs his plan changing. It shouldn't take four
       months to get a phone call.

       Philip Rudd
       """), cte="7bit", wrap="72"))

E("neg_transport_late_informal",
  L("complaint", "informal", cg="disability", rep=True),
  mail(("Carmen Aguilar", "carmen.aguilar@example.org"), "minibus", "2026-02-11 08:47",
       D("""
       Hi,

       Not looking to make trouble, just hoping someone can have a quiet word. The minibus to Greenway day
       service has been 30-40 minutes late picking my son Mateo (22, autistic) up most mornings this month.
       He's ok but he hates missing the start of the session and it puts him out for the day.

       Could the transport people let us know when it's running late?

       Thanks
       Carmen Aguilar
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("neg_letter_tone_formal",
  L("complaint", "formal", funding="council_funded", charges=True, cg="older_people", rep=True),
  mail(("Patricia Holmshaw", "pat.holmshaw@example.com"), "Formal complaint: threatening letter about care charges", "2026-02-13 15:20",
       D("""
       Dear Sir/Madam,

       I wish to make a formal complaint about a letter my husband Roy (74) received from your Financial
       Assessment and Benefits team dated 6 February.

       Roy pays a weekly contribution for the care the council arranges for him and has never missed a
       payment. The letter, headed "FINAL DEMAND", said he owed £412.20 and that "legal action may follow
       without further notice". It turns out this was the figure for his new contribution for the year, not a
       debt at all, and it was sent in error.

       Roy has dementia and was terribly upset; he thought we were going to lose the house. I want an apology
       and an explanation of how this happened.

       Yours faithfully,
       Patricia Holmshaw
       """), cte="quoted-printable"))

E("neg_food_boring_informal",
  L("complaint", "informal", funding="self_funded", cg="older_people", rep=True),
  mail(("Douglas Prendergast", "d.prendergast@example.net"), "Menu at Kingsmead Lodge", "2026-02-18 19:02",
       D("""
       Evening,

       Just want someone to be aware of this - it isn't a formal complaint. My mother is 89, she funds her
       own place at Kingsmead Lodge and she is very well looked after. She's eating well, she's actually put
       on half a stone since she moved in.

       The only grumble is the menu. It's been the same four-week cycle since she arrived, and she's a fussy
       old Yorkshirewoman who would like fish on a Friday that isn't battered. If someone from your quality
       team is visiting, perhaps they could mention it.

       Douglas Prendergast
       """), cte="7bit"))

E("neg_smoke_smell_informal",
  L("complaint", "informal", cg="older_people", rep=True),
  mail(("Tracey Oldroyd", "tracey.oldroyd@example.com"), "Carers smelling of smoke", "2026-02-26 13:13",
       D("""
       Hello,

       My mum is 80 and has COPD. Two of her carers come in reeking of cigarettes - they obviously have one
       in the car before they come in. It sets her cough off. They're otherwise lovely and kind with her and
       she wouldn't want them in trouble.

       I just want the agency to be aware and maybe remind staff. No need for anything formal.

       Tracey
       """), cte="quoted-printable"))

E("neg_explicit_no_sg_rota",
  L("complaint", "unclear", funding="council_funded", cg="older_people", rep=True),
  mail(("Simon Achebe", "simon.achebe@example.org"), "Constant changes to Dad's carers", "2026-03-03 20:44",
       D("""
       Dear Complaints Team,

       I want to be clear at the start that there is no safeguarding issue here. The carers who come are kind
       and Dad is safe and well looked after. My complaint is about organisation.

       Dad is 85 and has dementia. His care is arranged by the council through Beacon Homecare. In February he
       had 19 different carers. He never knows who is coming, the times change from day to day, and the rota
       the agency sends us on a Friday is wrong by Monday. It unsettles him and he keeps ringing me to ask
       "who's that woman".

       A small, regular team is surely not too much to ask?

       Simon Achebe
       """), shape="alt"))

E("neg_laundry",
  L("complaint", "unclear", funding="self_funded", cg="older_people", rep=True),
  mail(("Jean Maitland", "jean.maitland@example.com"), "Laundry at Cherry Tree House", "2026-03-06 11:52",
       D("""
       Dear Sir or Madam

       Mum (Elsie Maitland, 91) has been at Cherry Tree House since last spring and we pay the fees ourselves.
       I'm sure nobody is taking her things - it's the laundry getting everything mixed up - but in the last
       two months she has lost four cardigans, her good skirt and most of her nighties, despite everything
       being name-labelled. Last week she was wearing someone else's blouse two sizes too big.

       I'd like the clothes found or replaced and a better system for labelling.

       Jean Maitland
       """), cte="quoted-printable"))

E("neg_reablement_ended",
  L("complaint", "unclear", funding="council_funded", cg="older_people", rep=True),
  mail(("Lorraine Chadwick", "lorraine.chadwick@example.net"), "Reablement stopped early", "2026-03-11 09:18",
       D("""
       Hello,

       Mum (77) came out of hospital after a fall on 9 February and was told she would have up to six weeks of
       reablement from the council. It was stopped after three weeks with a phone call saying she had "met her
       goals".

       She is managing fine with my help and nothing has happened to her, but I work full time and I can't keep
       going round every lunchtime. Nobody asked me before they stopped it. Why was it ended early and can it
       be looked at again?

       Lorraine Chadwick
       """), cte="7bit"))

E("neg_quoted_ack_dp_delay",
  L("complaint", "formal", funding="council_funded", cg="disability"),
  mail(("Natalie Brennock", "natalie.brennock@example.org"), "RE: Acknowledgement of your complaint ref ASC-26-0209", "2026-03-13 17:05",
       D("""
       Dear Complaints Team,

       I made a formal complaint on 29 January about the delay in reviewing my direct payments. I am 39 and
       have MS, and my needs have increased. Your acknowledgement below said I would have a response within
       20 working days. It is now 31 working days and I have had nothing, not even a holding letter.

       Please can you tell me when I will get a response and who is dealing with it.

       Natalie Brennock

       """) + outlook_block("Adult Social Care Complaints <complaints@council.example>", "2026-01-30 14:02",
                            "natalie.brennock@example.org", "Acknowledgement of your complaint ref ASC-26-0209", D("""
       Dear Ms Brennock,

       Thank you for your email. We have logged your complaint under reference ASC-26-0209 and passed it to the
       Physical Disability Team Manager, who will respond within 20 working days.

       If you would like this letter in large print, easy read, audio or another language, or would like
       support from an independent advocate, please let us know.

       If you think an adult is at risk of abuse or neglect, please contact our Safeguarding Adults Hub on
       01632 960010. If you are unhappy with our final response you may contact the Local Government and Social
       Care Ombudsman.

       """) + COUNCIL_SIG), shape="alt", in_reply_to=ack_id("ASC-26-0209", "2026-01-30 14:02")))

E("neg_dp_reduced_formal",
  L("complaint", "formal", funding="council_funded", cg="disability", rep=True),
  mail(("Angela Fairbrother", "angela.fairbrother@example.com"), "Cut to Jake's direct payment hours", "2026-03-17 22:02",
       D("""
       Dear Complaints Team,

       My son Jake is 20 and has Down's syndrome. He has direct payments which pay for a support worker 20 hours
       a week so he can go to college, the gym and his drama group. At his review on 24 February his hours were
       cut to 14 with no explanation other than "budget pressures", and the payment has already been reduced.

       I raised this with his social worker straight away. She said there was nothing she could do and that I
       could "complain if I wanted". So I am.

       Jake has already had to drop drama, which was the highlight of his week. I would like the decision
       reviewed and the hours reinstated while that happens.

       Angela Fairbrother
       """), cte="quoted-printable"))

E("neg_dp_late",
  L("complaint", "unclear", funding="council_funded", cg="disability"),
  mail(("Kieran Blackwood", "kieran.blackwood@example.net"), "Direct payment late AGAIN", "2026-03-19 10:36",
       D("""
       Third month running my direct payment has gone in late. I'm 32, I have muscular dystrophy, and I employ
       two PAs out of that account. This time it was six days late and I had to pay their wages out of my own
       savings. One of them has said she'll look for another job if it happens again, and good PAs are not
       easy to find.

       Why does this keep happening and what is being done to fix it?

       Kieran Blackwood
       """), cte="7bit"))

E("neg_taxi_fare",
  L("complaint", "unclear", funding="council_funded", cg="older_people", rep=True),
  mail(("Barbara Ingham", "barbara.ingham@example.org"), "Transport to day centre stopped", "2026-03-24 14:58",
       D("""
       Hello,

       My dad is 80 and goes to Rowan Lodge day centre twice a week, which the council arranged for him after
       Mum died. Until February the council minibus picked him up. Now we've been told the route has been cut
       and he has to make "his own arrangements", which means a taxi at £14 each way.

       He loves the day centre - it's the only time he sees people - but £56 a week on taxis is a lot out of a
       state pension. Nobody asked us about this. Why was it stopped?

       Barbara Ingham
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("neg_officer_flags_sg",
  L("complaint", "formal", funding="council_funded", charges=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Ruth Ambrose", "ruth.ambrose@council.example"), "FW: Debt letters for my mother - possible safeguarding?", "2026-03-26 12:07",
       D("""
       Hi Complaints,

       Possible safeguarding? Flagging just in case - elderly lady and debt letters. Sending to you as she's
       clearly unhappy.

       Ruth Ambrose | Income and Recovery

       """) + original_message_block("Carole Beddoes", "2026-03-25 20:16", "Income Recovery <income.recovery@council.example>",
                                      "Debt letters for my mother", D("""
       Dear Sir or Madam,

       My mother, Winifred Beddoes, is 90 and has carers arranged by the council, for which she pays an assessed
       contribution. She has received three letters in a month saying she owes £1,240 in "arrears" and that the
       debt will be passed to an external agency.

       There are no arrears. The direct debit was set up wrongly by your own team in October and has been taking
       the old amount; we have asked four times for it to be corrected. Mum is very well cared for and perfectly
       safe - this is entirely about the paperwork - but the letters are frightening her and she has started
       saying she'll "do without" her carers to save money.

       Please stop the letters and sort the direct debit out.

       Carole Beddoes
       """), mailto="carole.beddoes@example.net"), cte="quoted-printable"))

E("neg_hypothetical_worry",
  L("complaint", "unclear", funding="self_funded", cg="older_people", rep=True),
  mail(("Martin Cheung", "martin.cheung@example.com"), "Visit times keep changing - Mum", "2026-04-02 18:31",
       D("""
       Hello,

       Mum is 83 and we pay privately for a lunchtime call from Greenleaf Home Support. Over the last month the
       visit has been anywhere between 11am and 2.30pm. So far she has never missed a dose - I set her tablets
       out myself every morning and she takes them with her breakfast - and she's perfectly well. But what
       worries me is what would happen if we ever needed them to prompt her medication at a set time.

       We pay for a 12.30 call. That's what we should get. Can you tell me what standards the council expects of
       agencies on timing?

       Martin Cheung
       """), cte="quoted-printable"))

E("neg_phone_rant",
  L("complaint", "unclear"),
  mail(("R. Houghton", "rhoughton62@example.net"), "USELESS", "2026-04-08 15:50",
       D("""
       I HAVE NOW SPENT THREE AFTERNOONS TRYING TO GET THROUGH TO ADULT SOCIAL CARE. 47 MINUTES ON HOLD TODAY
       THEN CUT OFF. THE ONLINE FORM CRASHES WHEN YOU PRESS SUBMIT AND THE EMAIL ADDRESS ON YOUR WEBSITE
       BOUNCES BACK. HOW IS ANYONE MEANT TO CONTACT YOU??? ITS A DISGRACE. SORT IT OUT.
       """), cte="7bit"))

E("neg_chasing_own_formal",
  L("complaint", "formal", cg="disability"),
  mail(("Sunita Varma", "sunita.varma@example.org"), "Chasing my formal complaint from 3 March", "2026-04-14 09:57",
       D("""
       Dear Complaints Team,

       On 3 March I sent a formal complaint about my Care Act assessment. I am 58 and use a wheelchair following
       a spinal injury, and my assessment was carried out over the phone without anyone seeing my home.

       I have had no acknowledgement and no reference number. Can you please confirm that my complaint has been
       received and tell me when I can expect a response?

       Sunita Varma
       """), cte="7bit"))

E("neg_sg_outcome_delay",
  L("complaint", "unclear", funding="self_funded", cg="older_people", rep=True),
  mail(("Frances Oduya", "frances.oduya@example.net"), "Outcome of last year's enquiry - communication", "2026-04-21 12:12",
       D("""
       Dear Sir/Madam,

       Last summer a safeguarding enquiry was opened about an incident at my mother's previous care home. The
       enquiry concluded in September that there was no abuse - it was an accidental fall - and Mum moved to
       Woodlands View, which we pay for ourselves, where she is safe and very happy.

       My complaint is purely about communication. Nobody told us the enquiry had closed until February, when I
       rang to ask. For five months we were left wondering. We were promised updates every fortnight and got
       none.

       I would like an explanation and for the process to be improved for other families.

       Frances Oduya
       """), cte="quoted-printable"))


# ==========================================================================
# COMPLAINTS with stated communication / support needs, other languages
# ==========================================================================
E("c_braille_formal",
  L("complaint", "formal", funding="council_funded", cg="disability", needs=["accessible_format"]),
  mail(("Clifford Ampofo", "clifford.ampofo@example.net"), "Formal complaint - letters I cannot read", "2026-01-12 10:44",
       D("""
       Dear Complaints Team,

       I am 59 and have been blind since birth. I receive direct payments for a personal assistant.

       I have asked three times - in writing in October, by phone in November, and at my review in December -
       for all letters about my care and my direct payments to be sent in Braille, or by email as a plain
       Word document that my screen reader can read. Every time I have been told it is "on the system". Every
       letter since has still arrived in standard print, including the outcome of my review, which I had to
       wait a week for a friend to read to me.

       I would like this treated as a formal complaint. I would also like the review outcome sent to me again
       in Braille.

       Yours sincerely,
       Clifford Ampofo
       """), cte="7bit", wrap="72"))

E("c_large_print_informal",
  L("complaint", "informal", cg="older_people", needs=["accessible_format"]),
  mail(("Edith Greenwood", "edith.greenwood@example.org"), "Print too small", "2026-01-15 14:29",
       D("""
       Dear Sir or Madam,

       I don't want to make a fuss and this isn't a formal complaint, but the letters you send me about my
       care review are in such small print I cannot read them, even with my magnifier. I am 78 and have
       macular degeneration.

       Please could all my letters be sent in large print from now on. My neighbour is typing this for me.

       Thank you kindly,
       Edith Greenwood (Mrs)
       """), shape="html", html_style="webmail"))

E("c_audio_missed_deadline",
  L("complaint", "unclear", cg="older_people", needs=["accessible_format"]),
  mail(("Lionel Ashcroft", "lionel.ashcroft@example.com"), "Couldn't read the decision letter", "2026-01-21 11:36",
       D("""
       Hello,

       I'm 70 and partially sighted. In December I had a letter about my care assessment. I couldn't read it,
       and by the time my son came at New Year and read it to me, the date to ask for it to be looked at again
       had gone. Nobody rang me, even though I told the assessor I can't read print.

       I want the chance to challenge the decision. And please, send me things on an audio CD or as a sound
       file by email, or ring me - not letters.

       Lionel Ashcroft
       01632 960713
       """), cte="quoted-printable"))

E("c_easyread_self_advocacy",
  L("complaint", "unclear", funding="council_funded", cg="disability", needs=["accessible_format", "advocacy"]),
  mail(("Sam Whitworth", "sam.whitworth@example.net"), "my staff", "2026-01-26 16:03",
       D("""
       Hello

       My name is Sam. I am 28. I have a learning disability. The council pays for my support.

       I do not like my new staff. They do not listen to me. They choose my tea. They say I can not go to
       bowling on Thursday any more because there is not enough staff.

       I want to complain.
       Please send me letters in easy read.
       I want an advocate to help me.

       From Sam
       """), cte="7bit"))

E("c_easyread_son_stage1",
  L("complaint", "formal", funding="council_funded", cg="disability", rep=True, needs=["accessible_format"]),
  mail(("Beverley Tunstall", "bev.tunstall@example.com"), "Stage 1 complaint - changes to Liam's day service", "2026-01-29 19:17",
       D("""
       Dear Complaints Team,

       I'd like to make a stage 1 complaint on behalf of my son Liam Tunstall, who is 25 and has Down's
       syndrome. His day service at Hollybank is paid for from his personal budget.

       In January Liam was told, with two days' notice, that his Tuesday and Thursday sessions were moving to
       a different building across town with different staff. Liam depends on routine. Nobody explained it to
       him in a way he could understand and nobody asked us.

       Please send Liam his own copy of any letters in easy read, with pictures. He likes to keep his own post
       and it matters to him that you write to him, not just to me.

       Beverley Tunstall
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("c_dyslexia_audio_charges",
  L("complaint", "unclear", funding="council_funded", charges=True, cg="older_people", needs=["accessible_format"]),
  mail(("Kenneth Mossop", "ken.mossop@example.net"), "financial form", "2026-02-04 09:33",
       D("""
       hello

       im 66 and i have dyslexia bad. you have sent me a 14 page form about money for my care that the council
       does for me and i have to fill it in in 2 weeks or you say i will pay the full cost. i cant read it and
       theres nobody to help me with it. its not fair sending this to people like me with no help.

       can i have it on audio or can somebody go through it with me on the phone. i am not trying to hide
       anything i just cant do forms.

       ken mossop
       """), cte="7bit"))

E("c_bsl_daughter_review_formal",
  L("complaint", "formal", cg="older_people", rep=True, needs=["bsl"]),
  mail(("Zara Pemberton", "zara.pemberton@example.org"), "Formal complaint - Mum's review held without BSL interpreter", "2026-02-09 13:50",
       D("""
       Dear Complaints Team,

       I am Deaf and BSL is my first language. My mum, Joan Pemberton, is 82 and I help with her care.

       I asked in writing on 12 January for a BSL interpreter to be booked for Mum's care review on 4 February.
       This was confirmed by email. On the day, no interpreter came. The social worker went ahead anyway,
       writing notes on a pad, and then told me afterwards that Mum's calls would be reduced. I could not take
       part properly in a meeting about my own mother.

       I want to make a formal complaint. I want the review held again with a qualified BSL interpreter, and
       I want all future contact with me by email or through a BSL interpreter - please do not ring me.

       Zara Pemberton
       """), cte="quoted-printable"))

E("c_bsl_relay_callnote",
  L("complaint", "unclear", cg="disability", needs=["bsl"], role="officer_forward"),
  mail(("Contact Centre Team Leader", "cc.teamleader@council.example"), "FW: Contact record 6112048 - complaint (BSL video relay call)", "2026-02-17 15:02",
       D("""
       Complaints -

       Call below came in through the BSL video relay service this morning. Passing on as a complaint.

       Stephen Kerr | Team Leader | Contact Centre

       """) + original_message_block("CRM Notifications", "2026-02-17 11:26", "Kerr, Stephen <stephen.kerr@council.example>",
                                      "Contact record 6112048 - ASC - Complaint", D("""
       Contact record: 6112048
       Channel: Video relay (BSL)
       Caller: Mr Ashok Varsani, 45
       Notes:
       Mr V is Deaf (BSL user) and has used a wheelchair since a road accident. He says none of his carers can
       communicate with him and they do not read his notes, so they don't know his routine and get things wrong. He is unhappy
       that every letter from ASC tells him to "phone us" and that his social worker turned up for his
       reassessment without an interpreter. He wants his reassessment rebooked with a BSL interpreter and all
       contact by email or text. He would like someone to get back to him by email.
       """), mailto="crm-noreply@council.example"), cte="quoted-printable"))

E("c_advocate_bsl_client_formal",
  L("complaint", "formal", professional=True, cg="disability", rep=True, needs=["bsl"], role="professional"),
  mail(("Gemma Rothwell", "gemma.rothwell@voiceadvocacy.example"), "Formal complaint - assessment of Ms K Duffy without BSL interpreter", "2026-02-20 10:21",
       D("""
       Dear Complaints Manager,

       I am an independent advocate with Voice Advocacy and I support Ms Kirsty Duffy (33), who is Deaf, uses
       BSL and has a mild learning disability.

       On 11 February Ms Duffy's Care Act assessment was carried out by a social worker using written notes and
       her mother to "help translate". Ms Duffy's mother is not a qualified interpreter and has her own views
       about what her daughter needs. Ms Duffy has told me she did not understand most of what was asked and
       did not agree with what was written.

       On Ms Duffy's behalf I am making a formal complaint. We ask for the assessment to be set aside and
       redone with a registered BSL/English interpreter, and for a Deaf relay interpreter to be considered
       given her learning disability.

       Kind regards,

       Gemma Rothwell
       Independent Advocate | Voice Advocacy
       """), shape="alt"))

E("c_bsl_own_older_informal",
  L("complaint", "informal", cg="older_people", needs=["bsl"]),
  mail(("Norman Fairweather", "norman.fw@example.net"), "carers and signing", "2026-02-25 18:08",
       D("""
       Hello. I am 71. I am Deaf all my life, BSL user. I have carers from Willowdown agency since my knee
       operation.

       Carers are kind but nobody sign. They write on paper sometimes, mostly they just point. I feel like
       a parcel. I am not complain formal. I just want agency to know, maybe staff learn few signs, hello,
       drink, toilet, thank you.

       Also my review in April - I need BSL interpreter please, booked by you. Not by me.

       Thank you
       Norman
       """), cte="7bit"))

E("c_polish_visit_time",
  L("complaint", "unclear", cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Ewa Kowalczyk", "ewa.kowalczyk@example.com"), "Tata - zmiana godzin wizyt", "2026-03-02 20:12",
       D("""
       Dzień dobry,

       Mój tata, Zbigniew Kowalczyk, ma 79 lat. Od poniedziałku opiekunki przychodzą do niego o 10:30 zamiast
       o 8:00. Nikt nas nie zapytał ani nie uprzedził. Tata w środy i piątki jeździ autobusem do klubu
       seniora o 9:30 i teraz nie może jechać, bo czeka na opiekunkę. To jedyne miejsce, gdzie rozmawia z
       ludźmi po polsku.

       Dlaczego zmieniono godziny i czy można wrócić do 8:00?

       Please reply in Polish - my father wants to read the answer himself.

       Ewa Kowalczyk
       """), cte="base64"))

E("c_welsh_review_english",
  L("complaint", "unclear", cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Gwilym ap Dafydd", "gwilym.apdafydd@example.net"), "Adolygiad gofal fy nhad / Dad's care review", "2026-03-05 12:25",
       D("""
       Annwyl gyfeillion,

       Mae fy nhad, Emrys ap Dafydd, yn 85 oed ac mae ganddo ddementia. Cymraeg yw ei iaith gyntaf, ac erbyn
       hyn dyw e ddim yn deall llawer o Saesneg. Cafodd ei adolygiad gofal ar 26 Chwefror yn Saesneg yn unig,
       ac roedd y llythyr wedyn yn Saesneg hefyd. Doedd e ddim yn deall beth oedd yn digwydd.

       Hoffwn i'r adolygiad gael ei gynnal eto yn Gymraeg, a hoffwn gael pob llythyr yn Gymraeg.

       In short: Dad's care review was done only in English although he now understands mainly Welsh. Please
       redo it in Welsh and reply to us in Welsh.

       Diolch yn fawr,
       Gwilym ap Dafydd
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("c_urdu_review_formal",
  L("complaint", "formal", cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Farhan Qureshi", "farhan.qureshi@example.org"), "Mother's review - no Urdu interpreter again", "2026-03-09 17:41",
       D("""
       Dear Sir/Madam,

       My mother, Nasreen Qureshi, is 74 and speaks only Urdu and a little Punjabi. At her review last year I
       told the social worker we must have an Urdu interpreter next time, and she wrote it down. On 3 March
       the review happened again with no interpreter, and the social worker asked my 15-year-old daughter to
       translate about Mum's toileting and bathing. This is not acceptable.

       I want to make a formal complaint. Please arrange a female Urdu interpreter for the new review, and send
       the letters in Urdu as well as English.

       Meherbani kar ke ammi ke liye Urdu mein jawab dein.

       Farhan Qureshi
       """), cte="quoted-printable"))

E("c_gujarati_charges",
  L("complaint", "unclear", funding="council_funded", charges=True, cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Nikita Solanki", "nikita.solanki@example.com"), "Dad's charge letter - please translate", "2026-03-12 12:59",
       D("""
       Hello,

       My father, Ramesh Solanki, is 77 and has carers arranged by the council. He reads Gujarati but very
       little English. He has had a letter saying his weekly contribution is going up to £86 from April, and
       a second letter the same week saying it's £64. He doesn't know which is right and is worried he will be
       in debt.

       Please can you tell us which figure is correct, and send him the letter translated into Gujarati so he
       can read it himself? I can't always be there to explain.

       Nikita Solanki (daughter)
       """), cte="quoted-printable"))

E("c_polish_advocate_own",
  L("complaint", "unclear", cg="disability", needs=["interpreter", "advocacy"]),
  mail(("Beata Zielińska", "beata.zielinska@example.net"), "Skarga - pomoc / complaint, I need help", "2026-03-16 21:03",
       D("""
       Dzień dobry,

       Mam 48 lat, choruję na depresję i mam problemy z chodzeniem po wypadku. Od listopada czekam na ocenę
       potrzeb z opieki społecznej i nikt mi nie mówi, kiedy to będzie. Jest mi bardzo ciężko.

       Chcę złożyć skargę, ale nie wiem jak. Potrzebuję tłumacza polskiego i kogoś, kto mi pomoże napisać
       skargę (rzecznika / adwokata).

       I want to complain about waiting for assessment. I need a Polish interpreter and an advocate to help me.

       Beata Zielińska
       """), cte="base64"))

E("c_advocacy_older_help",
  L("complaint", "unclear", funding="council_funded", cg="older_people", needs=["advocacy"]),
  mail(("Wilfred Hinchliffe", "wilf.hinchliffe@example.org"), "changed agency without asking me", "2026-03-18 10:06",
       D("""
       To the Council

       I am 84 years of age and I have had carers from Dalesway Care for three years, paid for by the Council.
       They were like family to me. Last month a letter came to say that from the 1st of April a different
       firm will be coming as the Council has "re-tendered the contract". Nobody came to see me or asked me
       about it.

       I would like to complain about this but I am not much good at writing and my hands shake. Is there
       somebody, perhaps from Age UK or yourselves, who could come and help me put my complaint down
       properly?

       Yours faithfully
       W. Hinchliffe
       """), cte="7bit"))

E("c_advocacy_mh_own",
  L("complaint", "unclear", cg="disability", needs=["advocacy"]),
  mail(("Jade Kettleborough", "jade.kettle@example.com"), "social worker keeps cancelling", "2026-03-20 01:47",
       D("""
       hi

       im 37 and i have bipolar disorder. my social worker from the council has cancelled on me 4 times since
       january, once when i was sat waiting in the office. im supposed to be getting support to get back into
       work and sorting my flat and none of it has happened.

       i get really anxious on the phone and when i try to explain things i get muddled and cry. i want to
       complain but i need an advocate or someone to help me do it.

       jade
       """), cte="7bit"))

E("c_advocacy_callnote_formal",
  L("complaint", "formal", funding="council_funded", cg="older_people", needs=["advocacy"], role="officer_forward"),
  mail(("Tasha Hendry", "tasha.hendry@council.example"), "FW: Contact record 6340915 - ASC complaint - advocate requested", "2026-03-23 14:33",
       D("""
       Hi Complaints,

       Please see call note below. Caller specifically asked for an advocate so I have told her you'd be in
       touch about that.

       Thanks,
       Tasha | Customer Adviser

       """) + outlook_block("CRM Notifications <crm-noreply@council.example>", "2026-03-23 14:10",
                            "Hendry, Tasha <tasha.hendry@council.example>", "Contact record 6340915 - ASC - Complaint", D("""
       Contact record: 6340915
       Channel: Telephone
       Caller: Mrs Ada Kershaw, 80 (service user)
       Notes:
       Mrs K has home care arranged by ASC (Pinewood Care), 2 calls a day of 30 mins. She says carers are
       regularly staying 10-15 mins then leaving and writing 30 mins on the timesheet. She wants a formal
       complaint investigated. She asked for an advocate to help her with the complaint as she "gets flustered"
       and doesn't want to involve her son. No concerns raised re: her safety - she says she manages the rest
       herself and has meals delivered.
       """)), shape="alt"))

E("c_advocacy_autistic_stage1",
  L("complaint", "formal", funding="council_funded", cg="disability", needs=["advocacy"]),
  mail(("Oliver Fenwick", "oliver.fenwick@example.net"), "Stage one complaint about my support hours", "2026-03-26 15:15",
       D("""
       Dear Complaints Team,

       I want to make a stage one complaint.

       I am 24 and autistic. I have a personal budget from the council for 10 hours a week of support to help
       me with shopping, bills and going to new places. In February my hours were changed to 6 after a review
       I was not told was a review. I thought it was a chat.

       I find meetings with professionals very hard. I talk too fast and say yes to things I don't agree with.
       I would like an advocate to come to any meeting with me and to help me with this complaint.

       Please email only. I do not answer unknown numbers.

       Oliver Fenwick
       """), cte="quoted-printable"))

E("c_advocacy_sister_dyslexia",
  L("complaint", "unclear", cg="disability", rep=True, needs=["advocacy"]),
  mail(("Lorna Peacock", "lornapeacock@example.com"), "my brother Gary", "2026-03-30 12:20",
       D("""
       Hi,

       my brother Gary is 40 and has a learning disability and lives in Maple Court. his keyworker left in
       january and since then he keeps missing his football on a saturday because there's "nobody to drive". he
       loves his football and he's fed up.

       I have dyslexia and I'm not good at writing letters like this, I don't know the right words. is there
       someone who can help me make a complaint for him, like an advocate? I would rather talk than write.

       Lorna
       07700 900184
       """), cte="quoted-printable"))


# ==========================================================================
# COMPLAINTS: stage 2, Ombudsman, charges, forwards, professionals, misc
# ==========================================================================
E("c_stage2_gt_quote_council_omb",
  L("complaint", "formal", funding="council_funded", charges=True, s2=True, cg="older_people", rep=True),
  mail(("Howard Brightmore", "howard.brightmore@example.com"), "Re: Your complaint ASC-26-0117 - response", "2026-02-27 16:44",
       D("""
       Dear Ms Adeyemi,

       Thank you for your letter, but I'm afraid it doesn't answer the point. Mum is 81; the council placed her
       at Birchfield in December and she pays an assessed contribution. Her house is jointly owned with my
       brother, who lives in it, and the guidance says it should be disregarded. Your letter just repeats
       that the financial assessment was "carried out correctly".

       I would like my complaint escalated to stage 2 and reviewed by someone senior who has actually looked
       at the guidance.

       Howard Brightmore

       """) + gmail_attribution("2026-02-20 11:05", "Adult Social Care Complaints <complaints@council.example>") + gt(D("""
       Dear Mr Brightmore,

       Re: Mrs Irene Brightmore - complaint ref ASC-26-0117

       Thank you for your complaint about the financial assessment for your mother's residential care, which
       the council arranged in December. I have reviewed the assessment with the Financial Assessment and
       Benefits Manager and I am satisfied that it was carried out correctly and in line with the council's
       charging policy. Your mother's assessed contribution therefore remains at £412.60 per week.

       If you are not satisfied with this response you may ask for your complaint to be reviewed at stage 2.
       If you remain dissatisfied after that, you can contact the Local Government and Social Care Ombudsman.

       Yours sincerely,
       Folake Adeyemi
       Complaints Officer
       """)), in_reply_to=ack_id("ASC-26-0117", "2026-02-20 11:05"), flowed=True, cte="quoted-printable",
       xmailer="User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"))

E("c_stage2_with_omb",
  L("complaint", "formal", funding="council_funded", s2=True, omb=True, cg="disability", rep=True),
  mail(("Desmond Achterfield", "des.achterfield@example.net"), "Stage 2 - respite for Kieran (ref ASC-26-0151)", "2026-03-04 08:20",
       D("""
       To the Complaints Manager,

       I received the stage 1 response about my son Kieran's respite on 27 February. Kieran is 29, has a
       severe learning disability and epilepsy, and the council funds his overnight respite at Ashcombe House.

       The response accepts that his respite was cancelled three times at less than 24 hours' notice, but it
       offers nothing except an apology. My wife and I are both in our sixties and we haven't had a night's
       unbroken sleep since Christmas.

       I want this to go to stage 2. If that doesn't produce a proper plan for reliable respite, we will be
       taking it to the Local Government and Social Care Ombudsman.

       Desmond Achterfield
       """), cte="7bit"))

E("c_provider_response_escalate",
  L("complaint", "formal", funding="self_funded", charges=True, s2=True, omb=True, cg="older_people", rep=True),
  mail(("Valerie Ainsworth", "valerie.ainsworth@example.org"), "Fee increase at Parkfield Grange - provider's response unsatisfactory", "2026-03-10 11:38",
       D("""
       Dear Sir or Madam,

       My mother, Jean Ainsworth (93), is a self-funded resident at Parkfield Grange. In January the home gave
       two weeks' notice of a 14% fee increase, from £1,190 to £1,357 a week, backdated to 1 January. Her
       contract says 28 days' notice and no backdating.

       I complained to the home in writing on 20 January. Their response of 2 March says the increase is
       "in line with the sector" and does not deal with the notice period or the backdating at all. I am not
       happy with that response.

       I understand the council is not paying for Mum's place, but I would like the council to review my
       complaint, as the home is on your approved list. I've been told I can take it to the Ombudsman if I'm
       still not satisfied, and I will.

       Valerie Ainsworth
       """), shape="alt"))

E("c_omb_advice_line_formal",
  L("complaint", "formal", omb=True, cg="disability"),
  mail(("Terence Bolade", "terence.bolade@example.com"), "Formal complaint - no assessment after stroke", "2026-03-13 13:27",
       D("""
       Dear Sir/Madam,

       I want to make a formal complaint.

       I am 55 and had a stroke in October that left me with weakness down my left side. I was referred to
       adult social care by the hospital in November for an assessment for help at home. I have heard nothing
       at all. My wife is doing everything and she is exhausted.

       I rang the Ombudsman's advice line last week. They told me I had to complain to you first, so this is
       my complaint.

       Terence Bolade
       """), cte="quoted-printable"))

E("c_informal_omb_threat",
  L("complaint", "informal", funding="council_funded", omb=True, cg="older_people", rep=True),
  mail(("Glenys Atherton", "glenys.atherton@example.net"), "Mum's hearing aids at Rosehill", "2026-03-17 19:27",
       D("""
       Dear Complaints Team,

       My mum is 86 and lives at Rosehill Residential Home. Social services pay for her place.

       Since January her hearing aids have been lost twice in the laundry, and each time it has taken the home
       over a fortnight to arrange replacements. The home has now said it will keep them in the office
       overnight, which is a start, but I'd like them to pay for the second pair.

       I don't want to go down the formal route at this stage - I'd rather give the home a chance - but if
       things don't improve in the next month I'll be straight on to the Ombudsman.

       Glenys Atherton
       """), cte="quoted-printable"))

E("c_unclear_omb_papers",
  L("complaint", "unclear", omb=True, rep=True),
  mail(("Darren Whiteley", "dwhiteley@example.com"), "assessment for mum - 14 weeks", "2026-03-19 22:55",
       D("""
       14 weeks. Fourteen weeks we've been waiting for someone to come and assess my mum. The letter says she's
       "on the list". What list? Where is she on it? How much longer?

       I'll be taking this to the ombudsman and the local paper. You should be ashamed.

       D Whiteley

       Sent from Outlook for Android
       """), cte="quoted-printable"))

E("c_chasing_late_omb",
  L("complaint", "formal", funding="council_funded", omb=True, cg="disability", rep=True),
  mail(("Yolanda Mbeki", "yolanda.mbeki@example.org"), "RE: Acknowledgement of your complaint ref ASC-26-0240", "2026-04-16 12:09",
       D("""
       Dear Complaints Team,

       Your acknowledgement below promised a response by 26 March. It is now mid-April and I have heard
       nothing, despite two emails and a phone message.

       My formal complaint is about the way my daughter Thandi's (23, cerebral palsy) transfer to adult
       services was handled, and the gap in her council-funded support that followed. If I do not have a full
       response by 30 April I will contact the Local Government and Social Care Ombudsman.

       Yolanda Mbeki

       """) + outlook_block("Adult Social Care Complaints <complaints@council.example>", "2026-02-26 09:47",
                            "Yolanda Mbeki <yolanda.mbeki@example.org>", "Acknowledgement of your complaint ref ASC-26-0240", D("""
       Dear Mrs Mbeki,

       Thank you for contacting us. Your complaint has been logged under the statutory adult social care
       complaints procedure (reference ASC-26-0240) and passed to the Transitions Team Manager, who will respond
       by 26 March.

       If you would like support from an independent advocate, or need this letter in another format or
       language, please let us know.

       """) + COUNCIL_SIG), shape="alt", in_reply_to=ack_id("ASC-26-0240", "2026-02-26 09:47")))

E("c_stage2_callnote_charges",
  L("complaint", "formal", funding="council_funded", charges=True, s2=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Leon Braithwaite", "leon.braithwaite@council.example"), "FW: Contact record 6702219 - wants stage 2", "2026-04-20 10:55",
       D("""
       Morning,

       Caller below wants to go to stage 2 - forwarding the call note as requested.

       Leon Braithwaite
       Customer Adviser

       """) + original_message_block("CRM Notifications", "2026-04-20 10:31", "Braithwaite, Leon <leon.braithwaite@council.example>",
                                      "Contact record 6702219 - ASC - Complaint", D("""
       Contact record: 6702219
       Channel: Telephone
       Caller: Mr Geoffrey Lund (son and financial attorney)
       Service user: Mrs Doreen Lund, 87, care home placement arranged by ASC
       Notes:
       Mr L received stage 1 complaint response (ref ASC-26-0198) last week about the backdated charges for
       his mother's placement (invoice for £6,300 covering Oct-Feb). He says the response doesn't explain why
       the charges weren't billed at the time and he doesn't accept that she should pay in one lump sum. He is
       not happy with the response and wants his complaint escalated to stage 2. Asked for confirmation by
       letter.
       """), mailto="crm-noreply@council.example"), cte="quoted-printable"))

E("c_stage2_advocate_easyread",
  L("complaint", "formal", professional=True, funding="council_funded", s2=True, cg="disability", rep=True,
    needs=["accessible_format"], role="professional"),
  mail(("Nasrin Chowdhury", "nasrin.chowdhury@voiceadvocacy.example"), "Request for stage 2 review - Mr D Okafor (ASC-26-0166)", "2026-04-23 14:02",
       D("""
       Dear Complaints Manager,

       I am writing as the independent advocate for Mr David Okafor (36), who has a learning disability and
       receives council-funded support at Linwood Road.

       Mr Okafor received the stage 1 response to his complaint about the withdrawal of his evening support
       on 9 April. We have gone through it together. He does not feel it answers his concern that the change
       was made without his involvement, and he would like a stage 2 review by a senior manager.

       Mr Okafor has asked that the stage 2 response is sent to him in easy read, with a copy to me. The stage 1
       letter was four pages of dense text which he could not follow.

       Kind regards,

       Nasrin Chowdhury
       Independent Advocate | Voice Advocacy
       """), shape="alt"))

E("c_whitewash_not_happy",
  L("complaint", "formal", s2=True, cg="older_people", rep=True),
  mail(("Bryan Stott", "bryan.stott@example.net"), "your letter of 28 April", "2026-05-01 09:12",
       D("""
       I have your letter of 28 April about my complaint. It is a whitewash from start to finish. You have
       taken the agency's word for everything and not spoken to me once. My father is 90 and I was there on
       every one of the days I complained about.

       I am not happy with the response to my complaint.

       B. Stott
       """), cte="7bit"))

E("c_topup_increase",
  L("complaint", "unclear", funding="council_funded", charges=True, cg="older_people", rep=True),
  mail(("Colette Rimmer", "colette.rimmer@example.com"), "Top-up for Dad at Meadowcroft", "2026-01-23 17:21",
       D("""
       Hello,

       My father, Sidney Rimmer, is 82. He has been at Meadowcroft since last summer and the council pays for
       his place, with me paying a third-party top-up of £85 a week because he wanted a room with a view of
       the garden.

       I've just had a letter from the home saying the top-up is going up to £160 a week from next month, and
       if I can't pay, Dad will have to move to a smaller room. I signed an agreement with the council, not
       with the home. Can they do this? Who sets the top-up?

       Colette Rimmer
       """), cte="quoted-printable"))

E("c_threshold_formal_selffunder",
  L("complaint", "formal", funding="self_funded", charges=True, cg="older_people", rep=True),
  mail(("Irene Halloran", "irene.halloran@example.org"), "Formal complaint - delay taking over Mum's funding", "2026-02-03 11:47",
       D("""
       Dear Complaints Team,

       My mother, Kathleen Halloran (89), has paid her own fees at Ashlea Court since 2023. Her savings fell
       below £23,250 in October. I contacted the council on 14 October, and again in November, December and
       January, to ask for a financial assessment so that the council could start contributing. Each time I
       was told it was "in the queue".

       Mum is still paying the full £1,085 a week out of the little she has left, and will run out altogether
       in about six weeks. I want this treated as a formal complaint and I want the council's contribution
       backdated to October.

       Irene Halloran
       """), shape="alt", html_style="outlook"))

E("c_deprivation_assets",
  L("complaint", "formal", funding="council_funded", charges=True, cg="older_people", rep=True),
  mail(("Alistair Penrose", "alistair.penrose@example.net"), "Complaint - 'deprivation of assets' decision for my father", "2026-02-14 10:30",
       D("""
       Dear Sir/Madam,

       Please treat this as a formal complaint.

       My father, Walter Penrose (84), has carers arranged by the council. At his financial assessment in
       January he mentioned that he gave each of his grandchildren £2,000 in 2019 towards university. The
       assessor has now decided that this was "deliberate deprivation of assets" and is treating him as still
       having the money, which means he is charged the full cost of his care.

       Dad was fit and well in 2019 and had no idea he would ever need care. Nobody has explained how the
       decision was reached or given him a chance to respond.

       Alistair Penrose
       """), cte="quoted-printable"))

E("c_extra_care_charge",
  L("complaint", "unclear", funding="council_funded", charges=True, cg="older_people"),
  mail(("Marjorie Kettlewell", "marjorie.kettlewell@example.org"), "Care charge at Willow Court extra care", "2026-02-21 11:14",
       D("""
       Dear Sir or Madam

       I am 76 and live in a flat at Willow Court extra care scheme. The council charges me for the on-site care
       team, which was £41 a week. My new statement says £67 a week. I have had no letter explaining why, and
       I still get exactly the same help, one visit in the morning.

       My pension has only gone up by a few pounds. How is this worked out and why was I not told?

       Mrs M Kettlewell (Flat 12)
       """), charset="iso-8859-1", cte="quoted-printable"))

E("c_private_agency_billing_formal",
  L("complaint", "formal", funding="self_funded", charges=True, cg="older_people", rep=True),
  mail(("Stuart McGarrigle", "stuart.mcgarrigle@example.com"), "Being billed for visits that are half as long", "2026-03-01 15:40",
       D("""
       Dear Sir/Madam,

       My father is 88 and we pay privately for Greenleaf Home Support to visit twice a day for 30 minutes.
       According to the key-safe log, most visits last between 12 and 18 minutes. To be fair, Dad is fine, the
       carers do what is needed and he is happy with them - he'd actually rather they didn't stay. But we are
       invoiced for the full 30 minutes every time, around £180 a month more than we should be paying.

       I raised this with the agency's office manager in January and again in February. She said she would
       "look at the invoices" and nothing has changed. As the agency is on the council's framework, I'd like
       the council to take it up.

       Stuart McGarrigle
       """), cte="quoted-printable"))

E("c_trust_fund_fees_pdf",
  L("complaint", "formal", funding="self_funded", charges=True, cg="older_people", rep=True),
  mail(("Penelope Harcourt", "penelope.harcourt@example.org"), "Invoice dispute - Mr R Harcourt, The Cedars", "2026-03-14 10:02",
       D("""
       Dear Sir/Madam,

       My father, Rupert Harcourt (91), lives at The Cedars. His fees are paid from a family trust of which I
       am a trustee.

       The attached invoice for March includes £340 for "enhanced one-to-one support" which nobody has ever
       discussed with us or with Father, and an "administration charge" of £75 which is not in his contract.
       The home has not responded to my email asking what these are for.

       I would be grateful to know whether the council has any role in overseeing how framework homes invoice
       private residents.

       Yours faithfully,
       Penelope Harcourt
       """), attachments=[attachment("The Cedars invoice March 2026.pdf", "application/pdf", tiny_pdf([
           "The Cedars Residential Home - INVOICE 2026-0311",
           "Resident: Mr R Harcourt   Period: March 2026",
           "Weekly fee x 4                          5,120.00",
           "Enhanced one-to-one support               340.00",
           "Administration charge                      75.00",
           "TOTAL DUE                               5,535.00"]))], shape="alt"))

E("c_invoice_cancelled_visits_67ms",
  L("complaint", "unclear", funding="council_funded", charges=True, cg="older_people"),
  mail(("Roger Blenkinsop", "roger.blenkinsop@example.net"), "Charged for cancelled visits - invoice attached", "2026-04-06 16:16",
       D("""
       Dear Sir/Madam,

       I am 67 and have multiple sclerosis. I pay the council an assessed contribution for my home care.

       Invoice attached. It charges me for 14 visits in February that the agency cancelled themselves because
       of staff shortages - I have the texts from them saying so. I had to pay a neighbour to help me instead.

       Please remove these charges.

       R. Blenkinsop
       """), attachments=[attachment("invoice Feb.pdf", "application/pdf", tiny_pdf([
           "Council - Adult Social Care - Statement of charges",
           "Mr R Blenkinsop  Period: 01/02/2026 - 28/02/2026",
           "Home care visits charged: 56",
           "Assessed contribution due: 212.40"]))], cte="7bit"))

E("c_respite_charge_informal",
  L("complaint", "informal", funding="council_funded", charges=True, cg="older_people", rep=True),
  mail(("Hazel Warburton", "hazel.warburton@example.com"), "Respite charge - not a formal complaint", "2026-04-10 12:04",
       D("""
       Hi,

       Not a formal complaint, I just want this sorted please. Mum (88) was booked into Hawthorn Lodge for a
       week's respite in March, arranged by her social worker. She went down with a chest infection the day
       before, so we cancelled. We've now had a bill from the council for her contribution for the full week,
       £198.

       Surely she shouldn't be charged for a stay she never had? Could someone in finance look at it?

       Thanks,
       Hazel
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("c_fa_pip_mobility_formal",
  L("complaint", "formal", funding="council_funded", charges=True, cg="disability"),
  mail(("Jasmine Oduola", "jasmine.oduola@example.net"), "Formal complaint about my financial assessment", "2026-04-27 20:07",
       D("""
       Dear Complaints Team,

       I wish to make a formal complaint about my financial assessment for home care.

       I am 45 and have rheumatoid arthritis and fibromyalgia. The council has included the mobility component
       of my Personal Independence Payment as income when working out my contribution. My understanding is
       that the mobility component must be disregarded. This has increased my contribution by over £30 a week.

       I have also not been allowed any disability-related expenditure, even though I sent receipts for my
       extra heating, laundry and a special diet.

       I would like the assessment redone and any overpayment refunded.

       Jasmine Oduola
       """), cte="quoted-printable"))

E("c_officer_note_says_informal",
  L("complaint", "formal", cg="older_people", rep=True, role="officer_forward"),
  mail(("Kwame Asante", "kwame.asante@council.example"), "FW: OT assessment for my husband", "2026-01-16 11:48",
       D("""
       Hi both,

       Forwarding the below. I don't think this is formal - she really just wants a call back and a date -
       so I've rung OT to chase. Logging with you anyway.

       Kwame

       """) + outlook_block("Brenda Loveday <brenda.loveday@example.com>", "2026-01-15 20:31",
                            "Adult Social Care <asc@council.example>", "OT assessment for my husband", D("""
       To whom it may concern,

       I want to make a formal complaint about the delay in getting an occupational therapy assessment for
       my husband, Alan Loveday. Alan is 79 and has Parkinson's. We were told in September that he needed a
       bathing assessment and possibly a stairlift and we have heard nothing since. He has not had a proper
       wash in a bath for four months; I manage a strip wash at the sink.

       Please treat this as a formal complaint and let me know who is dealing with it.

       Brenda Loveday
       """)), shape="alt"))

E("c_officer_omb_note",
  L("complaint", "unclear", funding="council_funded", cg="disability", rep=True, role="officer_forward"),
  mail(("Amelia Thornton", "amelia.thornton@council.example"), "FW: respite cancelled again", "2026-02-02 09:16",
       D("""
       Complaints team -

       This might end up with the Ombudsman given the history with this family, so worth handling carefully.
       Email from Ms Kaur below.

       Amelia
       Amelia Thornton | Senior Practitioner | Learning Disability and Autism Team

       """) + outlook_block("Simran Kaur <simran.kaur@example.net>", "2026-01-31 22:09",
                            "Thornton, Amelia <amelia.thornton@council.example>", "respite cancelled again", D("""
       Amelia,

       Arjun's respite weekend has been cancelled AGAIN, the third time since November. He is 19, autistic,
       and had been looking forward to it all week - it took me two hours to calm him down. The respite the
       council arranges is the only break I get.

       Why does this keep happening? What is being done to find somewhere reliable?

       Simran
       """)), shape="alt"))

_gp_inner = mail(("Dr Eleanor Whitcombe", "e.whitcombe@pellworthlane.example"), "Delay in OT assessment - Mr F Oldham",
                 "2026-02-05 12:20", D("""
                 Dear Ms Carver,

                 I would like to raise a formal complaint on behalf of my patient, Mr Frank Oldham (66), who has
                 severe osteoarthritis of both hips. He was referred to the council's occupational therapy service
                 in October for a home assessment for bathroom equipment. He has been told there is a waiting list
                 of "at least six months".

                 He is managing at the moment with help from his son and is not at any risk, but his quality of
                 life is poor and he has not been able to bathe since the autumn. I do not think a six-month wait
                 is acceptable and would be grateful if this could be investigated.

                 Yours sincerely,
                 Dr Eleanor Whitcombe
                 Pellworth Lane Surgery
                 """), to=("Joanne Carver", "joanne.carver@council.example"), cte="quoted-printable")
E("c_gp_forward_attached",
  L("complaint", "formal", professional=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Joanne Carver", "joanne.carver@council.example"), "FW: Delay in OT assessment - Mr F Oldham", "2026-02-06 08:58",
       D("""
       Hi,

       Attaching an email from a GP that came to me as OT service lead. Please log as a complaint.

       Joanne Carver
       Service Lead - Occupational Therapy
       """), inner=_gp_inner.data, inner_name="Delay in OT assessment - Mr F Oldham.eml"))

E("c_councillor_fwd_selffunded",
  L("complaint", "unclear", funding="self_funded", charges=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Democratic Services", "member.support@council.example"), "Fwd: Fees charged after my mother died", "2026-02-10 14:37",
       D("""
       Good afternoon,

       Cllr Patel has asked us to forward this email from a constituent to the complaints team for a response.
       Mr Haworth has consented to his details being shared.

       Kind regards,
       Members' Support Team

       """) + gmail_fwd_block("Philip Haworth <philip.haworth@example.org>", "2026-02-08 16:51",
                              "Cllr Anil Patel <cllr.patel@council.example>", "Fees charged after my mother died", D("""
       Dear Councillor Patel,

       My mother, Edna Haworth, died at Beechwood Care Home on 3 January aged 93. She paid her own fees
       throughout.

       The home has now invoiced her estate for four weeks' fees after her death, £4,920, on the basis of a
       "notice period" in the contract, and says her room "cannot be re-let until the family clears it". We
       cleared it on 6 January. I find this grasping and upsetting at a very hard time.

       I understand the home is one the council uses. Is there anything you or the council can do?

       Philip Haworth
       """)), shape="alt", html_style="gmail", id_style="gmail", id_domain="council.example"))

E("c_carehome_mgr_vs_council",
  L("complaint", "formal", professional=True, funding="council_funded", cg="older_people", rep=True, role="professional"),
  mail(("Sunil Rajapaksa", "manager@heronsgate-nursing.example"), "Resident not reviewed for 18 months - Mrs V Allott", "2026-02-24 15:03",
       D("""
       Dear Complaints Team,

       I am the registered manager of Heronsgate Nursing Home. I am writing about one of our residents,
       Mrs Vera Allott (86), whose placement is funded by the council.

       Mrs Allott's needs have increased considerably - she now needs two staff for all transfers and has
       lost most of her speech - and we have asked for a review of her placement and funding since
       October 2024. Her last council review was in August 2024. We have emailed the reviewing team five times this
       year with no reply beyond an automatic acknowledgement.

       Mrs Allott is safe and well cared for here; my concern is that her care plan and funding no longer
       reflect her needs, and her family have been told nothing.

       Regards,
       Sunil Rajapaksa RN
       Registered Manager, Heronsgate Nursing Home
       """), cte="quoted-printable"))

E("c_provider_unhappy_suspension",
  L("complaint", "formal", professional=True, role="provider"),
  mail(("Adele Sumner", "adele.sumner@beaconhomecare.example"), "Formal complaint - suspension of referrals to Beacon Homecare", "2026-03-03 16:22",
       D("""
       Dear Complaints Manager,

       I am the Registered Manager of Beacon Homecare. On 24 February we were told by email that the council
       had suspended new referrals to us "pending investigation of a complaint". We have not been told what
       the complaint is, who made it, or what we are alleged to have done, and we have not been asked for our
       account. Two of our carers have already left because their hours were cut.

       We take complaints seriously and will co-operate fully with any investigation. However, we wish to make
       a formal complaint about the way this decision was made and communicated, and we ask for a meeting with
       the commissioning manager.

       Yours sincerely,
       Adele Sumner
       Registered Manager, Beacon Homecare
       """), shape="alt"))

E("c_other_council_sw_informal",
  L("complaint", "informal", professional=True, funding="council_funded", cg="disability", rep=True, role="professional"),
  mail(("Rachel Imrie", "rachel.imrie@neighbouringcouncil.example"), "Ordinary residence - Mr T Gallacher - informal request", "2026-03-06 10:14",
       D("""
       Dear colleagues,

       I am a social worker with a neighbouring authority's learning disability team. I'm writing about
       Mr Tony Gallacher (42), who has a learning disability and has been offered a place at Ashfield Court,
       in your area. The placement is waiting for your council's funding decision because of a disagreement
       about which authority he is ordinarily resident in.

       Mr Gallacher has been waiting since November and is distressed by the uncertainty. I'm not raising a
       formal complaint - I'd just be grateful if someone could informally nudge the decision along, or tell
       me who in your finance team I should speak to.

       Kind regards,
       Rachel Imrie
       Social Worker, Learning Disability Team
       """), cte="7bit"))

E("c_discharge_delay_no_harm",
  L("complaint", "unclear", professional=True, funding="council_funded", cg="older_people", rep=True, role="professional"),
  mail(("Maxine Fairhurst", "maxine.fairhurst@hospital.example"), "Delayed discharge - Mrs D Nuttall, Ward 7", "2026-03-27 11:29",
       D("""
       Good morning,

       I am a discharge co-ordinator at Northvale General. Mrs Doris Nuttall (84) has been medically fit for
       discharge since 6 March. She needs a package of two calls a day, and her case has been waiting for a
       council funding decision for three weeks.

       Mrs Nuttall is well and comfortable on the ward, but she is desperate to get home to her husband and her
       mobility is getting worse the longer she stays in bed. We have been given no date.

       Could you please tell me what is holding this up?

       Maxine Fairhurst
       Discharge Co-ordinator, Ward 7
       """), shape="alt"))

E("c_terse_assessment_wait",
  L("complaint", "unclear", rep=True),
  mail((None, "kelz.b@example.net"), "mum assessment", "2026-04-02 13:06",
       "been waiting 6 weeks for someone to assess my mum. nobody tells us anything. ring me 07700 900847\n",
       cte="7bit"))

E("c_carer_respite_refused",
  L("complaint", "unclear", cg="older_people", rep=True),
  mail(("Clement Oyedele", "clement.oyedele@example.com"), "Carer's assessment and respite for my wife", "2026-04-06 10:40",
       D("""
       Dear Sir/Madam,

       I am 76 and look after my wife, Grace, who is 74 and has Parkinson's disease. I asked for a carer's
       assessment in November. It was finally done by phone in March, and the outcome is that I am "coping
       well" and not eligible for support. Grace's request for a week's respite so that I can have a hip
       operation has been refused for the same reason.

       I am not coping well. I told the assessor I was managing because Grace was sitting next to me and I
       didn't want to upset her. Nobody asked to speak to me on my own.

       Clement Oyedele
       """), cte="quoted-printable"))

E("c_shared_lives_informal",
  L("complaint", "informal", funding="council_funded", cg="disability", rep=True),
  mail(("Mandy Goodwin", "mandy.goodwin@example.org"), "Shared Lives change for Ryan", "2026-04-09 16:44",
       D("""
       Hello,

       My nephew Ryan (30) has a learning disability and lives with a Shared Lives carer through the council's
       scheme. His carer is retiring in June and we've been told he'll be "matched" with someone new, but
       nobody has told Ryan anything, and he's picking up on it and getting anxious.

       I'm not wanting to make this a formal complaint. Could someone from the Shared Lives team just give us a
       ring and talk us through the plan?

       Many thanks,
       Mandy Goodwin
       """), cte="quoted-printable"))

E("c_day_centre_closure_formal",
  L("complaint", "formal", funding="council_funded", cg="disability", rep=True),
  mail(("Keith Armitage", "keith.armitage@example.net"), "Formal complaint - closure of Brookfield Resource Centre", "2026-04-13 19:12",
       D("""
       Dear Sir/Madam,

       I wish to lodge a formal complaint about the decision to close Brookfield Resource Centre.

       My daughter Chloe is 27 and has a profound learning disability. She has attended Brookfield, funded by
       the council, for nine years. We found out about the closure from a Facebook post. The "consultation"
       was an online survey with a two-week deadline, no easy read version, and no meeting for families. No
       alternative has been offered to Chloe.

       I would like the decision paused until families have been properly consulted and every person has an
       individual plan.

       Keith Armitage
       """), shape="alt"))

E("c_html_only_rude_sw",
  L("complaint", "unclear", rep=True),
  mail(("Kerry-Ann Lewis", "kerryann.lewis@example.com"), "social worker visit yesterday", "2026-04-15 08:03", None,
       shape="html", html=D("""
       <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">
       <div>Hello,</div><div><br></div>
       <div>The social worker who came to see my dad yesterday was on her phone most of the time, called him
       &quot;love&quot; and &quot;sweetheart&quot; in a really patronising way and kept talking over him to me as if he wasn&#39;t
       there. When he tried to say what he wanted she said &quot;we&#39;ll see&quot; and wrote something else down.</div>
       <div><br></div>
       <div>He&#39;s a proud man and he felt about two inches tall. I want a different social worker.</div>
       <div><br></div><div>Kerry-Ann</div>
       <div><br></div><div>Sent from my iPhone</div>
       </body></html>
       """), id_style="apple"))

E("c_chase_own_quoted",
  L("complaint", "formal", funding="self_funded", cg="older_people", rep=True),
  mail(("Geraldine Foxley", "geraldine.foxley@example.org"), "Fw: Formal complaint - Holmewood Care, Mum's medication reviews", "2026-04-18 10:22",
       D("""
       Still no reply to the below, sent a month ago. Please can someone at least acknowledge it?

       Geraldine Foxley

       """) + gmail_attribution("2026-03-17 21:40", "Geraldine Foxley <geraldine.foxley@example.org>") + gt(D("""
       Dear Complaints Team,

       I am making a formal complaint about Holmewood Care, who provide home care to my mother, Evelyn Foxley.
       Mum is 86. We pay Holmewood privately.

       The agency agreed in December to take over ordering Mum's repeat prescriptions, and to keep us informed
       of any changes. They have not told us about two GP medication changes since then, and we only found out
       from the pharmacy. Mum has had all her tablets, so no harm has been done, but we need to know what she
       is taking.

       Geraldine Foxley
       """)), cte="quoted-printable"))

E("c_win1252_b64_fees",
  L("complaint", "unclear", funding="self_funded", charges=True, cg="older_people", rep=True),
  mail(("Trevor O\u2019Rourke", "trevor.orourke@example.net"), "Invoice errors \u2013 Glebe House", "2026-04-24 22:37",
       D("""
       To whoever handles this,

       My mother is 90 and has been at Glebe House for two years. We pay the fees ourselves - £1,240 a week -
       and I\u2019ve lost count of the mistakes on her invoices.

       March\u2019s \u201cstatement\u201d charged her for hairdressing she didn\u2019t have, chiropody twice, and a
       \u201cTV licence contribution\u201d \u2013 she\u2019s 90, she doesn\u2019t need one! April\u2019s has the
       weekly fee at the wrong rate.

       Is anyone at the council checking what these homes charge people? It\u2019s a scandal.

       T. O\u2019Rourke
       """), charset="windows-1252", cte="base64"))

E("c_iso_subject_review_missed",
  L("complaint", "unclear", cg="disability"),
  mail(("Zoë Castellanos", "zoe.castellanos@example.com"), "Review never happened - Zoë Castellanos", "2026-05-05 09:48",
       D("""
       Hello,

       My name is Zoë Castellanos, I am 34 and I have a brain injury from a car accident five years ago. My
       support plan says I should have a review every year. My last review was in 2024. I have moved flat since
       then and my needs have changed - I need more help with cooking and with my post and bills now.

       I was told in January someone would "be in touch within the month". Nobody has been.

       Zoë
       """), charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"))

E("c_formal_letter_pdf_autism",
  L("complaint", "formal", cg="disability", rep=True),
  mail(("Dr Rosalind Ingleby", "rosalind.ingleby@example.org"), "Formal complaint - Care Act assessment of Benedict Ingleby", "2026-05-07 14:15",
       D("""
       Dear Complaints Manager,

       Please find attached my formal letter of complaint concerning the Care Act assessment of my son,
       Benedict Ingleby, dated 14 April 2026.

       In summary: Benedict is 30 and autistic. The assessment was completed in a single 40-minute video call,
       he was not offered the questions in advance or the chance to have me present, and the resulting
       assessment records that he has "no eligible needs" on the basis of his own answers, which were, as is
       typical for him, that he is "fine". He cannot cook, manage money or leave the house alone.

       I request a formal investigation and a new assessment carried out by someone with experience of autism.

       I am writing as Benedict's mother, not in my professional capacity.

       Yours sincerely,
       Rosalind Ingleby
       """), attachments=[attachment("Complaint letter - B Ingleby.pdf", "application/pdf", tiny_pdf([
           "Formal complaint - Care Act assessment of Benedict Ingleby",
           "Benedict is 30 and autistic. The assessment of 14 April 2026 was a single",
           "40-minute video call. I request a formal investigation and a new assessment.",
           "Rosalind Ingleby"]), rfc2231=True)], shape="alt"))

E("c_ot_equipment_own",
  L("complaint", "unclear", cg="older_people"),
  mail(("Arthur Greaves", "arthur.greaves@example.net"), "grab rails", "2026-05-12 11:33",
       D("""
       Dear Sir

       I am 71. In February a lady from occupational therapy came and said I needed grab rails by the front
       door and in the bathroom and a raised toilet seat. She said 4 to 6 weeks. It is now May and nothing.

       I am managing but it is awkward and I am fed up of waiting. Can somebody tell me when they are coming.

       A Greaves
       """), cte="7bit"))

E("c_wrong_name_letters",
  L("complaint", "unclear", rep=True),
  mail(("Yasmin Chaudhry", "yasmin.chaudhry@example.com"), "Letters about Mum sent to the wrong address", "2026-05-14 18:26",
       D("""
       Hi,

       Mum's care plan was sent to her old address, where a stranger now lives, who opened it and then kindly
       posted it to me. It had her full name, date of birth, her medical conditions and the key safe number.
       We told you about the change of address in January. The key safe code has now had to be changed.

       Who is responsible for this and what are you doing to make sure it doesn't happen again?

       Yasmin Chaudhry
       """), cte="quoted-printable"))

E("c_sentence_long_ramble_carehome_visiting",
  L("complaint", "informal", funding="council_funded", cg="older_people", rep=True),
  mail(("Gordon Throssell", "gordon.throssell@example.org"), "visiting times", "2026-05-19 15:57",
       D("""
       Dear Sirs
       I am writing to you about my wife Phyllis who has been at Brookvale since the
       autumn after her memory went, she is 81 now and we were married 58 years in
       June, and the council pays for her room as I could never afford it on my
       pension. Now the home has brought in new visiting times of 2 till 4 and 6 till
       7 and no visiting at mealtimes, which I suppose is to do with staff, but I
       have always gone in at dinner time to help her with her food because she eats
       better for me and it is the best part of my day. The manager says rules are
       rules. I am 84 myself and the buses do not suit 2 till 4. I do not want to
       cause trouble for the girls there who are very good to her but I do not
       think this is right.
       Yours faithfully
       G. Throssell
       """), cte="7bit", wrap="keep"))


# ==========================================================================
# ENQUIRIES (incl. provider acknowledgements)
# ==========================================================================
E("e_how_complain_private_agency",
  L("enquiry", funding="self_funded", cg="older_people", rep=True),
  mail(("Moira Cottingham", "moira.cottingham@example.net"), "Private home care - can the council help?", "2026-01-07 13:22",
       D("""
       Hello,

       Quick question. My dad is 90 and we arrange and pay for his home care privately, through an agency
       we found ourselves - the council isn't involved. If we were ever unhappy with the agency, is that
       something you would deal with, or would it be the agency's own complaints process, or the CQC?

       I'm just trying to understand who does what before we need it.

       Thanks very much,
       Moira
       """), flowed=True, cte="quoted-printable"))

E("e_dre_question",
  L("enquiry", funding="council_funded", charges=True, cg="disability"),
  mail(("Leonard Skeffington", "len.skeffington@example.org"), "Disability-related expenses - what counts?", "2026-01-19 10:08",
       D("""
       Good morning,

       I am 61 and have MS, and I pay the council a contribution towards the care it arranges for me. My
       financial assessment is due for renewal next month.

       Before I fill in the form, could you tell me what kinds of disability-related expenditure are usually
       allowed? I have extra laundry costs, a wheelchair insurance policy and I pay someone to do my garden
       because I can't. I don't want to claim for things I'm not entitled to.

       This isn't a complaint - I'd just like to get it right.

       Leonard Skeffington
       """), cte="7bit", wrap="72"))

E("e_deferred_payment",
  L("enquiry", funding="self_funded", charges=True, cg="older_people", rep=True),
  mail(("Rebecca Nightingale", "rebecca.nightingale@example.com"), "Deferred payment agreement - information please", "2026-02-09 20:30",
       D("""
       Dear Sir or Madam,

       My mother (87) moved into Orchard House in December and is paying her own fees from her savings, which
       will run out by the summer. Her only other asset is her house. She is very anxious about having to sell
       it quickly.

       Could you send me information about deferred payment agreements - who qualifies, what interest is
       charged, and how long the application takes?

       With thanks,
       Rebecca Nightingale
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("p_ack_carehome_dates",
  L("enquiry", professional=True, funding="council_funded", cg="older_people", role="provider"),
  mail(("Gwen Ashdown", "manager@larchfieldhouse.example"), "RE: Complaint forwarded - Mrs M Tench (ASC-26-0061)", "2026-01-27 12:03",
       D("""
       Dear Complaints Team,

       Thank you for forwarding Ms Tench's complaint about her visit to Larchfield House on 18 January.

       I confirm receipt. Mrs Tench's placement is funded by the council, so I understand you will be
       co-ordinating the response. I have started my own investigation today, including statements from the
       reception and unit staff on duty, and I will send you my findings by 10 February so that you can
       respond to Ms Tench within your timescale.

       I have also written to Ms Tench today to apologise for any upset caused while the matter is looked into,
       and to confirm our arrangements for taking residents out.

       Kind regards,

       Gwen Ashdown
       Registered Manager, Larchfield House - residential care for older people
       """), shape="alt", in_reply_to="<fwd.ASC-26-0061.20260122T1510@council.example>"))

E("p_ack_agency_not_sg",
  L("enquiry", professional=True, cg="older_people", role="provider"),
  mail(("Beacon Homecare - Quality Lead", "quality@beaconhomecare.example"), "RE: Concerns raised by Mr Achebe - our ref BH-C-0042", "2026-03-09 11:25",
       D("""
       Dear Complaints Officer,

       Thank you for your email of 4 March passing on Mr Achebe's concerns about the number of different carers
       visiting his father, Mr Chike Achebe (85).

       We acknowledge receipt. Having reviewed the records, we are satisfied that this is not a safeguarding
       matter; it relates to rota continuity, which we accept has been poor since two long-standing carers left
       in January. Our Quality Lead will complete an investigation and respond in writing to Mr Achebe by
       27 March, copying you in.

       In the meantime we have set up a core team of four carers for Mr Achebe from 9 March.

       Regards,

       Hollie Brandreth
       Quality Lead, Beacon Homecare
       """), cte="quoted-printable", in_reply_to="<fwd.ASC-26-0155.20260304T1612@council.example>"))

E("p_ack_supported_living",
  L("enquiry", professional=True, funding="council_funded", cg="disability", role="provider"),
  mail(("Ifeoma Chukwu", "ifeoma.chukwu@larkspursupport.example"), "Acknowledgement - complaint from Mrs Marchbank", "2026-02-09 16:40",
       D("""
       Dear Complaints Team,

       We acknowledge receipt of the concerns raised by Mrs Marchbank regarding her son Robbie (26), who lives
       at our Fernlea Road service for autistic adults under a council-funded contract.

       An investigation has been opened under our complaints procedure and is being led by our Operations
       Director, who has no involvement in the service. We expect to report our findings to you by 6 March,
       and we will keep Mrs Marchbank updated as agreed with her.

       Please do contact me directly if you need anything further in the meantime.

       Yours sincerely,

       Ifeoma Chukwu
       Head of Quality and Compliance, Larkspur Support
       """), shape="alt"))

E("e_hospice_sw_process",
  L("enquiry", professional=True, role="professional"),
  mail(("Caroline Westerby", "c.westerby@stbrigidshospice.example"), "How can families challenge funding decisions?", "2026-02-16 14:52",
       D("""
       Hello,

       I'm a social worker at St Brigid's Hospice. We're updating the information we give families, and a
       question that comes up often is how they can challenge a council decision about care funding or
       charges after a relative has been assessed.

       Is that handled through this complaints mailbox, or is there a separate review or appeal route? If there
       is a leaflet we could hand out, that would be ideal.

       Many thanks,
       Caroline Westerby
       Social Worker, St Brigid's Hospice
       """), cte="7bit"))

E("e_welsh_form",
  L("enquiry", cg="older_people", rep=True, needs=["interpreter"]),
  mail(("Elin Pritchard", "elin.pritchard@example.org"), "Ffurflen gwyno yn Gymraeg? / Complaints form in Welsh?", "2026-03-04 19:45",
       D("""
       Noswaith dda,

       Mae fy nain yn 92 oed ac yn derbyn gofal yn ei chartref. Mae hi'n siarad Cymraeg yn bennaf. Os bydd angen
       iddi godi pryder yn y dyfodol, a oes modd cael y ffurflen gwyno a'r daflen wybodaeth yn Gymraeg? A oes
       rhywun yn y tîm sy'n gallu siarad Cymraeg gyda hi?

       Do you have your complaints form and leaflet in Welsh, and is there anyone who could speak to my
       grandmother in Welsh?

       Diolch,
       Elin Pritchard
       """), cte="quoted-printable"))

E("e_bsl_video_process",
  L("enquiry", needs=["bsl"]),
  mail(("Craig Dunleavy", "craig.dunleavy@example.net"), "Can I send complaint in BSL video?", "2026-03-11 09:20",
       D("""
       Hi

       I am Deaf and BSL is my first language. English writing is hard for me. If in future I need to make a
       complaint about my care, can I send you a BSL video instead of writing? Or can you book a BSL
       interpreter so I can explain face to face?

       Thanks
       Craig
       """), cte="7bit"))

E("e_easyread_form_daughter",
  L("enquiry", cg="disability", rep=True, needs=["accessible_format"]),
  mail(("Hilary Norbrook", "hilary.norbrook@example.com"), "Easy read complaints information", "2026-03-25 15:31",
       D("""
       Hello,

       My daughter Megan is 23 and has a learning disability and autism. She has said a couple of times that
       she'd like to "tell someone important" about things at her college placement, and I want her to know her
       rights.

       Do you have an easy read guide to making a complaint, or an easy read complaint form, that I could go
       through with her? Pictures help her a lot.

       Thank you,
       Hilary Norbrook
       """), cte="quoted-printable"))

E("e_large_print_leaflet_own",
  L("enquiry", cg="older_people", needs=["accessible_format"]),
  mail(("Albert Pennington", "albert.pennington@example.net"), "large print leaflet", "2026-04-01 10:55",
       D("""
       Dear Sir or Madam,

       I am 80 and my eyesight is poor. Could you please post me your leaflet about how to make a complaint or
       comment about social care, in large print. Nothing is wrong at present, I would just like to have it in
       the drawer.

       My address is 3 Bankside Cottages.

       Yours faithfully,
       A. Pennington
       """), cte="7bit"))

E("e_advocate_help_dad",
  L("enquiry", rep=True, needs=["advocacy"]),
  mail(("Ruth Ogilvie", "ruth.ogilvie@example.org"), "Help for Dad to raise something", "2026-04-07 18:18",
       D("""
       Hi there,

       My dad would like to raise something about his care but he hasn't decided yet whether he wants to
       complain, and I live abroad so I can't be with him. Is there an advocate or someone independent who could
       visit him, talk it through and help him put it in writing if he does decide to go ahead?

       Thanks,
       Ruth Ogilvie
       """), shape="alt", html_style="apple", id_style="apple"))

E("e_officer_fwd_topup_question",
  L("enquiry", funding="council_funded", charges=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Sandeep Gill", "sandeep.gill@council.example"), "FW: Question about top-ups", "2026-04-14 13:35",
       D("""
       Hi Complaints,

       Not sure if this counts as a complaint - forwarding in case. Care Finance copied.

       Sandeep

       """) + outlook_block("Marian Eccleston <marian.eccleston@example.com>", "2026-04-13 21:02",
                            "Care Finance <care.finance@council.example>", "Question about top-ups", D("""
       Hello,

       My mum is 85 and her social worker says the council will fund a care home place for her. The home she
       likes best, Rowanbank, charges more than the council's rate.

       Could you explain how a top-up works - who can pay it, whether it can go up each year, and what would
       happen if I couldn't keep paying it? I want to understand before we decide.

       Many thanks,
       Marian Eccleston
       """)), shape="alt"))

E("e_time_limit_question",
  L("enquiry", rep=True),
  mail(("Neville Sutcliffe", "neville.sutcliffe@example.com"), "Time limit for raising concerns?", "2026-04-29 11:47",
       D("""
       Dear Sir/Madam,

       My father died in 2024. I am considering whether to raise some questions about the care he received in
       his last year at home, which I have only recently had a chance to think about.

       Is there a time limit for raising a complaint with the council, and can a complaint be made about someone
       who has died?

       Yours faithfully,
       Neville Sutcliffe
       """), cte="7bit"))

E("e_polish_leaflet",
  L("enquiry", rep=True, needs=["interpreter"]),
  mail(("Agata Lewandowska", "agata.lewandowska@example.net"), "Informacja po polsku?", "2026-05-06 19:05",
       D("""
       Dzień dobry,

       Moja mama korzysta z opieki domowej. Chciałabym wiedzieć, jak można złożyć skargę albo uwagę na temat
       opieki, jeśli będzie taka potrzeba. Czy macie informacje po polsku? Czy mama może rozmawiać z kimś przez
       tłumacza?

       Do you have the complaints information in Polish, and can my mother speak to someone with a Polish
       interpreter?

       Dziękuję,
       Agata Lewandowska
       """), cte="base64"))

E("e_advocacy_org_process",
  L("enquiry", professional=True, cg="disability", rep=True, needs=["accessible_format"], role="professional"),
  mail(("Tobias Renshaw", "tobias.renshaw@voiceadvocacy.example"), "Process question - complaint on behalf of a client", "2026-05-11 09:40",
       D("""
       Hello,

       I'm a new advocate at Voice Advocacy. I'm supporting a man in his forties with a learning disability who
       may want to complain about his supported living provider, which the council commissions.

       Could you confirm whether he should complain to the provider first or straight to the council, and what
       consent form you need from him for me to act on his behalf? He would need the form in easy read, if you
       have one - otherwise I can make one up with him.

       Many thanks,
       Tobias Renshaw
       Independent Advocate, Voice Advocacy
       """), cte="quoted-printable"))

E("e_hypothetical_theft",
  L("enquiry", rep=True),
  mail(("Deborah Kinsella", "deb.kinsella@example.org"), "Who would I tell?", "2026-05-16 21:12",
       D("""
       Hello,

       This is a "just in case" question. Nothing has happened and we are very happy with Mum's carers. But a
       friend's father had money taken by a carer, and it made me realise I wouldn't know who to contact.

       If I ever suspected a carer was taking money from my mum, who would I tell - the agency, you, or the
       police? And would Mum have to be involved?

       Thanks,
       Deborah
       """), cte="quoted-printable"))

E("e_solicitor_procedure",
  L("enquiry", professional=True, cg="older_people", rep=True, role="professional"),
  mail(("Hargreaves & Lowe Solicitors", "private.client@hargreaveslowe.example"), "Our client: Mrs E Whitfield - request for complaints procedure", "2026-05-20 10:11",
       D("""
       Dear Sirs,

       We act for Mr Daniel Whitfield in connection with the affairs of his mother, Mrs Eileen Whitfield (88),
       who resides at Holmfirth Lodge.

       Please would you send us a copy of the council's adult social care complaints procedure and confirm the
       time limit within which a complaint must be made. Our client has not yet decided whether to make a
       complaint and we are not instructed to make one at this stage.

       Yours faithfully,

       Hargreaves & Lowe
       Private Client Department
       """), shape="alt"))

E("e_lunch_club_sg_question",
  L("enquiry"),
  mail(("Pamela Rigby", "pamela.rigby@example.com"), "Lunch club volunteers - who to ring?", "2026-05-22 14:40",
       D("""
       Good afternoon,

       I organise a lunch club for older people at St Aidan's church hall. Our volunteers have asked what they
       should do if they were ever worried that one of our members was being mistreated at home - who to ring
       and what information they'd need.

       Is there a number or a leaflet for the safeguarding team that we could put on our noticeboard? We don't
       have any particular worries at the moment.

       Kind regards,
       Pamela Rigby
       """), cte="7bit"))

# ==========================================================================
# COMPLIMENTS
# ==========================================================================
E("cm_reablement_dad",
  L("compliment", funding="council_funded", cg="older_people", rep=True),
  mail(("Sharon Kitching", "sharon.kitching@example.net"), "Thank you to the reablement team", "2026-01-25 17:06",
       D("""
       Hello,

       I wanted to say a huge thank you to the council's reablement team who visited my dad, Eric Kitching (82),
       after his hip operation. When he came home he could barely get to the bathroom; six weeks later he's
       walking to the paper shop and making his own breakfast again. Leanne and Mo in particular were so patient
       with him, and he looked forward to their visits.

       Please pass this on to them and their manager.

       Sharon Kitching
       """), cte="quoted-printable"))

E("cm_dp_team_own",
  L("compliment", funding="council_funded", cg="disability"),
  mail(("Graeme Castleton", "graeme.castleton@example.org"), "Well done direct payments team", "2026-02-12 12:12",
       D("""
       Hi,

       I'm 50 and have MS. When my PA left suddenly in January I was dreading weeks of paperwork. Nina in the
       direct payments support team sorted out the payroll change, the new contract and an emergency cover
       arrangement within four days, and rang me back every time she said she would.

       I complain when things go wrong, so it's only right to say when they go right. Thank you.

       Graeme Castleton
       """), cte="7bit"))

E("cm_short_night_carer",
  L("compliment", rep=True),
  mail((None, "jojo.h@example.com"), "nights", "2026-02-22 03:10",
       "just wanted to say Blessing on nights at Hillview is an angel. sat with my nan when she was scared tonight. thats all x\n",
       cte="7bit"))

E("cm_html_card_funeral",
  L("compliment", cg="older_people", rep=True),
  mail(("The Metcalfe family", "metcalfe.family@example.net"), "Thank you from Mum's family", "2026-03-08 16:45", None,
       shape="html", html=D("""
       <html><body style="font-family:Georgia,serif;font-size:15px;color:#333">
       <p>To everyone at Foxglove House,</p>
       <p>Mum (Dorothy Metcalfe) passed away peacefully last week at the age of 96, in her own room, with her
       favourite music playing and her hand being held. We could not have asked for more.</p>
       <p>Thank you for the kindness you showed her over four years &ndash; for the birthday cakes, the nail
       painting, the patience when she was cross, and for looking after us too at the end.</p>
       <p>We have attached a photo of the card we sent, in case it doesn&#39;t reach everyone on the night shift.</p>
       <p>With love and gratitude,<br>Pat, Graham and Susan</p>
       </body></html>
       """), attachments=[attachment("card.png", "image/png", tiny_png(6, 4, (240, 220, 230)))],
       mixed_style="part"))

E("cm_polish_thanks",
  L("compliment", cg="older_people", rep=True),
  mail(("Marek Wójcik", "marek.wojcik@example.com"), "Podziękowanie / Thank you", "2026-03-21 18:20",
       D("""
       Dzień dobry,

       Chcę bardzo podziękować opiekunkom z firmy Harbourside Home Care za opiekę nad moim tatą, Januszem
       Wójcikiem (84 lata), w ostatnich tygodniach jego życia. Były cierpliwe, ciepłe i zawsze miały czas, żeby
       z nim porozmawiać. Tata odszedł spokojnie w domu, tak jak chciał.

       Thank you to all the carers who looked after my dad.

       Marek Wójcik
       """), cte="quoted-printable"))

E("cm_gp_ot",
  L("compliment", professional=True, cg="older_people", rep=True, role="professional"),
  mail(("Dr Kofi Mensah", "k.mensah@wealdsidesurgery.example"), "Positive feedback - OT service", "2026-04-03 13:30",
       D("""
       Dear colleagues,

       I wanted to pass on some positive feedback. My patient Mrs Hilda Bairstow (70) was at real risk of losing
       her independence after a series of falls. Your occupational therapist, Ms Ines Carvalho, assessed her
       within a week of my referral, arranged rails, a perching stool and a key safe, and followed up by phone.
       Mrs Bairstow has not fallen since and tells me she "feels like herself again".

       It is a pleasure to see a referral work so smoothly.

       Best wishes,
       Dr Kofi Mensah
       Wealdside Surgery
       """), shape="alt"))

E("cm_bsl_interpreter_thanks",
  L("compliment", cg="older_people", rep=True, needs=["bsl"]),
  mail(("Lucy Abernathy", "lucy.abernathy@example.net"), "Thank you for interpreter", "2026-04-11 15:02",
       D("""
       Hello

       Thank you for booking BSL interpreter for my dad's review last week. Dad is 77. First time I could take
       full part in meeting about his care, not just watch. Social worker was very good, she look at me not at
       interpreter.

       Please book BSL interpreter again for next review in October. Email me, I am Deaf.

       Lucy
       """), cte="7bit"))

E("cm_elderly_own_ramble",
  L("compliment", funding="council_funded", cg="older_people"),
  mail(("Ivy Shackleton", "ivy.shackleton@example.org"), "my carers", "2026-04-26 11:00",
       D("""
       Dear Council
       I am 91 and I wanted to write to say how good my carers are that the
       council sends. There is Kelly in the morning who always does my hair nice
       and tells me about her little boy, and Ahmed at teatime who fixed my
       radio and never rushes me even though I know he is busy. My late husband
       would not have believed I would let strangers help me wash but they make
       it easy. My daughter in Canada says I should tell you because you only ever
       hear the bad things. So there you are.
       Yours sincerely
       Ivy Shackleton (Mrs)
       """), cte="7bit", wrap="keep"))

E("cm_officer_forward_card",
  L("compliment", cg="disability", rep=True, role="officer_forward"),
  mail(("Priti Sharma", "priti.sharma@council.example"), "FW: Thank you", "2026-05-04 09:41",
       D("""
       Hi Complaints,

       Lovely feedback below for Jordan in our Transitions Team - please log as a compliment.

       Priti

       """) + original_message_block("Andrea Whitlow", "2026-05-01 20:33", "Sharma, Priti <priti.sharma@council.example>",
                                      "Thank you", D("""
       Hi Priti,

       Please could you pass this on to Jordan. He has been brilliant with our son Callum (19, autistic) over the
       last year. He took time to get to know Callum, met him at the skate park instead of the office, and
       explained everything in a way Callum understood. Callum starts at his new supported internship next week
       and is genuinely excited. We couldn't have got here without Jordan.

       Thank you,
       Andrea Whitlow
       """), mailto="andrea.whitlow@example.com"), cte="quoted-printable"))

E("cm_sw_autistic_son",
  L("compliment", cg="disability", rep=True),
  mail(("Hamish Drummond", "hamish.drummond@example.com"), "Compliment for Ms Farah Osman, social worker", "2026-05-18 08:37",
       D("""
       Dear Sir/Madam,

       I'd like to record a compliment for Farah Osman, who has been my son Fraser's social worker for the past
       year. Fraser is 23, autistic, and has had a hard time with services. Farah listened, kept every promise,
       and helped him move into his own flat with support. He now rings her "just to tell her things", which
       for Fraser is remarkable.

       Please make sure her manager knows.

       Hamish Drummond
       """), shape="alt", html_style="gmail", id_style="gmail"))

E("cm_easyread_thanks_own",
  L("compliment", cg="disability", needs=["accessible_format"]),
  mail(("Kelly Marsden", "kelly.marsden@example.net"), "thank you for easy read letter", "2026-05-25 14:14",
       D("""
       Hello

       My name is Kelly. I am 30. I have a learning disability.

       Thank you for my letter in easy read with pictures. I understood it all by myself. I felt grown up.

       Please send me all my letters in easy read.

       Thank you
       Kelly
       """), cte="7bit"))


# ==========================================================================
# AUTO-REPLIES (sender_role system, every other field empty)
# ==========================================================================
E("a_ooo_family_autosubmitted",
  SYS("auto_reply"),
  mail(("Colette Rimmer", "colette.rimmer@example.com"), "Automatic reply: Your enquiry about top-up fees - ref ASC-26-0072",
       "2026-01-27 09:31", D("""
       Hi, thanks for your email. I'm travelling with limited signal until 3 February and will reply when I'm
       back. If it's about my dad at Meadowcroft, the home's number is 01632 960318.

       Colette
       """), in_reply_to=ack_id("ASC-26-0072", "2026-01-27 09:30"),
       extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], cte="7bit"))

E("a_ooo_gp_no_header",
  SYS("auto_reply"),
  mail(("Dr Samuel Achterberg", "s.achterberg@wealdsidesurgery.example"), "Out of Office: Care concern - Mr Alan Royce - acknowledgement",
       "2026-03-23 08:02", D("""
       Thank you for your email. I am out of the surgery until Monday 30 March. This inbox is not monitored in
       my absence.

       For urgent clinical matters please call Wealdside Surgery on 01632 960205 and ask for the duty doctor.
       For prescription requests please use the NHS App.
       """), in_reply_to=ack_id("ASC-26-0302", "2026-03-23 08:01"), shape="alt"))

E("a_ooo_provider_sg_mention",
  SYS("auto_reply"),
  mail(("Adele Sumner", "adele.sumner@beaconhomecare.example"), "Automatic reply: Complaint forwarded for response - Mr C Achebe",
       "2026-03-04 16:13", D("""
       Thank you for your message. I am on annual leave until Wednesday 11 March.

       If your email concerns a safeguarding matter or a client at risk, please do not wait for my return:
       contact our on-call manager on 01632 960577 or email safeguarding@beaconhomecare.example, or contact the
       council's Safeguarding Adults Hub on 01632 960010.

       For rota queries please contact the office on 01632 960570.

       Adele Sumner
       Registered Manager, Beacon Homecare
       """), in_reply_to="<fwd.ASC-26-0155.20260304T1612@council.example>",
       extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-Autoreply: yes"], shape="alt"))

E("a_dsn_postfix",
  SYS("auto_reply"),
  dsn("2026-02-06 14:22", "mx2.council.example", "philip.rudd@example.net",
      "Your complaint has been received - ref ASC-26-0089", "2026-02-06 14:21",
      ack_id("ASC-26-0089", "2026-02-06 14:21"), status="5.2.2",
      diag="552 5.2.2 <philip.rudd@example.net>: Mailbox full; quota exceeded"))

E("a_dsn_exchange",
  SYS("auto_reply"),
  mail(("Microsoft Outlook", "postmaster@council.example"), "Undeliverable: Your complaint - stage 1 response ASC-26-0177",
       "2026-04-08 11:03", D("""
       Delivery has failed to these recipients or groups:

       n.okonkwo@old-isp.example
       The email address you entered couldn't be found. Please check the recipient's email address and try to
       resend the message. If the problem continues, please contact your helpdesk.

       Diagnostic information for administrators:

       Generating server: exch01.council.example

       n.okonkwo@old-isp.example
       Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

       Original message headers:

       From: Adult Social Care Complaints <complaints@council.example>
       To: <n.okonkwo@old-isp.example>
       Subject: Your complaint - stage 1 response ASC-26-0177
       Date: Wed, 8 Apr 2026 11:02:41 +0100
       Message-ID: <s1.ASC-26-0177.20260408T1102@council.example>
       """), shape="alt", extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
       id_domain="exch01.council.example", wrap="keep"))

E("a_dsn_delayed",
  SYS("auto_reply"),
  dsn("2026-05-05 10:17", "mx1.council.example", "g.throssell@slowmail.example",
      "Acknowledgement of your complaint ref ASC-26-0410", "2026-05-01 10:15",
      ack_id("ASC-26-0410", "2026-05-01 10:15"), status="4.4.1",
      diag="421 4.4.1 Connection timed out", action="delayed",
      subject="Delayed Mail (still being retried)",
      human=D("""
      This is the mail system at host mx1.council.example.

      ####################################################################
      # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
      ####################################################################

      Your message could not be delivered for more than 4 day(s).
      It will be retried until it is 5 day(s) old.

      For further assistance, please send mail to postmaster.

                         The mail system

      <g.throssell@slowmail.example>: connect to mx.slowmail.example[192.0.2.77]:25:
          Connection timed out
      """)))

E("a_mdn_read",
  SYS("auto_reply"),
  mdn("2026-02-11 08:44", ("Patricia Holmshaw", "pat.holmshaw@example.com"),
      "Your complaint \u2013 acknowledgement ASC-26-0104", "2026-02-10 16:20",
      ack_id("ASC-26-0104", "2026-02-10 16:20")))

E("a_mdn_not_read",
  SYS("auto_reply"),
  mdn("2026-04-30 17:00", ("Keith Armitage", "keith.armitage@example.net"),
      "Acknowledgement of your complaint ref ASC-26-0371", "2026-04-14 09:12",
      ack_id("ASC-26-0371", "2026-04-14 09:12"),
      disposition="manual-action/MDN-sent-manually; deleted", subject_prefix="Not read: ",
      text=D("""
      Your message

        To: Keith Armitage
        Subject: Acknowledgement of your complaint ref ASC-26-0371
        Sent: 14 April 2026 09:12

      was deleted without being read on 30 April 2026 17:00.
      """)))

E("a_ticket_provider",
  SYS("auto_reply"),
  mail(("Silverline Homecare Support", "no-reply@silverlinehomecare.example"), "[SLH-#48213] Ticket received: Complaint referral - client at Gorse Avenue",
       "2026-04-10 12:31", D("""
       *** This is an automated message. Please do not reply. ***

       Dear customer,

       Thank you for contacting Silverline Homecare. Your request has been logged as ticket #48213.

       Our customer care team aims to respond within 3 working days. You can track progress at
       https://support.silverlinehomecare.example/tickets/48213

       Complaints, compliments and safeguarding: all feedback is important to us and is reviewed in line with
       our policies.

       Silverline Homecare Customer Care
       """), in_reply_to="<fwd.ASC-26-0336.20260410T1230@council.example>",
       extra_headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply", "X-Auto-Response-Suppress: All"],
       shape="alt", html_style="webmail"))

E("a_pals_autoack",
  SYS("auto_reply"),
  mail(("PALS - Northvale Community Health Trust", "pals@healthtrust.example"), "Thank you for contacting PALS",
       "2026-03-16 09:05", D("""
       Thank you for contacting the Patient Advice and Liaison Service (PALS).

       This is an automatic acknowledgement. We aim to respond to all enquiries within 2 working days. If your
       enquiry is about a complaint, a member of the team will contact you to discuss how we can help, including
       whether you would like support from an independent advocate.

       If you need this information in another language or format, please call 01632 960900.

       Please note: this mailbox is monitored Monday to Friday, 9am to 4pm.
       """), extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"], cte="7bit",
       in_reply_to="<query.ASC-26-0290.20260316T0904@council.example>"))

E("a_ooo_welsh_bilingual",
  SYS("auto_reply"),
  mail(("Gwilym ap Dafydd", "gwilym.apdafydd@example.net"), "Ateb awtomatig / Automatic reply: Eich cwyn / Your complaint ASC-26-0268",
       "2026-03-06 09:15", D("""
       Diolch am eich neges. Rydw i allan o'r swyddfa tan ddydd Llun 16 Mawrth ac ni fydd gennyf fynediad at
       e-bost. Byddaf yn ateb pan fyddaf yn ôl.

       Thank you for your message. I am out of the office until Monday 16 March with no access to email. I will
       reply when I return.

       Gwilym
       """), in_reply_to=ack_id("ASC-26-0268", "2026-03-06 09:14"),
       extra_headers=["Auto-Submitted: auto-replied"], cte="quoted-printable"))

E("a_mailbox_not_monitored",
  SYS("auto_reply"),
  mail(("Oakfield Day Centre", "oakfield.daycentre@council.example"), "Automatic reply: Complaint - Mr D Holloway - request for information",
       "2026-05-14 10:00", D("""
       This mailbox is no longer monitored.

       Oakfield Day Centre has moved to a new email address: oakfield@daysvcs.council.example. Please resend your
       message there. Your email has not been forwarded.
       """), in_reply_to="<info.ASC-26-0419.20260514T0959@council.example>",
       extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], shape="alt"))

E("a_gmail_vacation_omb",
  SYS("auto_reply"),
  mail(("Desmond Achterfield", "des.achterfield@example.net"), "Re: Stage 2 - respite for Kieran (ref ASC-26-0151)",
       "2026-03-05 12:00", D("""
       Thanks for your email. We are away in Cornwall until 14 March with very patchy signal.

       If this is about Kieran's respite complaint or our Ombudsman case, please leave a message on 07700 900366
       and one of us will ring back.

       Des & Lynne
       """), in_reply_to=ack_id("ASC-26-0151", "2026-03-05 11:59"),
       extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"], id_style="gmail",
       id_domain="example.net", cte="7bit"))

# ==========================================================================
# SPAM and PHISHING (sender_role system, every other field empty)
# ==========================================================================
E("s_m365_password",
  SYS("spam"),
  mail(("IT Service Desk", "it-support@council-example-helpdesk.test"), "Password Expiry Notice: complaints@council.example",
       "2026-01-14 06:12", None, shape="html", html=D("""
       <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
       <p>Dear complaints,</p>
       <p>The password for your Microsoft 365 account <b>complaints@council.example</b> expires <b>today</b>.</p>
       <p>To keep using your current password and avoid loss of email access, please confirm it below.</p>
       <p><a href="http://m365-keep-password.test/council?u=complaints" style="background:#0078d4;color:#fff;padding:9px 18px;text-decoration:none">KEEP SAME PASSWORD</a></p>
       <p style="font-size:11px;color:#888">Microsoft respects your privacy. IT Service Desk 2026.</p>
       </body></html>
       """), html_cte="7bit", html_charset="us-ascii"))

E("s_care_crm_marketing",
  SYS("spam"),
  mail(("Ben from CareFlow", "ben@news.careflow-software.example"), "Halve your complaint response times with CareFlow \U0001F680",
       "2026-02-04 10:00", D("""
       Hi there,

       Councils using CareFlow's complaints module close adult social care complaints 48% faster - with
       automatic acknowledgements, Ombudsman-ready reports and a safeguarding triage dashboard.

       Book a 20-minute demo this month and get your first year at 30% off.

       https://careflow-software.example/demo?src=feb26

       Ben Alderton
       Public Sector Partnerships, CareFlow

       You are receiving this email because you work in local government. Unsubscribe:
       https://careflow-software.example/unsub?e=complaints%40council.example
       """), shape="alt", html_style="webmail", extra_headers=["List-Unsubscribe: <https://careflow-software.example/unsub?e=complaints%40council.example>", "Precedence: bulk"]))

E("s_gloves_wholesale",
  SYS("spam"),
  mail(("Global PPE Supply", "sales@ppe-direct.test"), "Nitrile gloves from \u00a31.99/box - care sector clearance", "2026-02-27 04:48",
       D("""
       Dear Procurement Manager,

       We are a leading supplier of PPE to care homes and domiciliary care agencies across the UK.

       CLEARANCE OFFER: nitrile examination gloves, powder free, all sizes, from £1.99 per box of 100. Aprons,
       masks and hand gel also available. Minimum order 50 cases. Free delivery on orders over £500.

       Reply with your requirements for a same-day quotation.

       Best regards,
       Sales Team, Global PPE Supply
       """), charset="iso-8859-1", cte="quoted-printable"))

E("s_overdue_invoice_phish",
  SYS("spam"),
  mail(("Accounts Receivable", "accounts@invoices-portal.test"), "OVERDUE: Care services invoice INV-77193 - action required",
       "2026-03-31 07:25", D("""
       Good morning,

       Please find attached the overdue invoice INV-77193 for care services provided in March. Payment of
       £18,460.00 is now 14 days overdue. To avoid suspension of services and debt recovery charges, please
       review the invoice and confirm payment today using the secure portal:

       https://invoices-portal.test/view?id=INV-77193

       Regards,
       Accounts Receivable
       """), attachments=[attachment("INV-77193.pdf.html", "text/html",
                                     b"<html><body><script>location='https://invoices-portal.test/login'</script></body></html>\n")]))

E("s_safeguarding_course",
  SYS("spam"),
  mail(("Training Hub UK", "offers@traininghub-uk.example"), "Level 3 Safeguarding Adults - 50% off for council teams",
       "2026-04-09 08:00", None, shape="html", html=D("""
       <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#eef;font-family:Arial">
       <table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
       <h2 style="color:#2a2a7a">Is your team's safeguarding training up to date?</h2>
       <p>Our CPD-accredited <b>Level 3 Safeguarding Adults</b> e-learning covers financial abuse, neglect,
       self-neglect, modern slavery and making safeguarding personal.</p>
       <p><b>50% off team licences</b> booked before 30 April. Certificates issued instantly.</p>
       <p><a href="https://traininghub-uk.example/l3sga?c=APR50">Claim your discount</a></p>
       <p style="font-size:10px;color:#999">To stop receiving these emails, <a href="https://traininghub-uk.example/u">unsubscribe</a>.</p>
       </td></tr></table></body></html>
       """), extra_headers=["Precedence: bulk"]))

E("s_seo_services",
  SYS("spam"),
  mail(("Ryan Walsh", "ryan.walsh.seo@example.org"), "Quick question about council.example", "2026-04-21 13:37",
       D("""
       Hi,

       I was looking at your website and noticed it isn't showing on the first page of Google for some important
       keywords like "adult social care complaints". I can fix that.

       We have helped 200+ organisations get to page one in 90 days. Shall I send you a free audit and pricing?

       Thanks,
       Ryan
       SEO Consultant
       """), cte="7bit"))

E("s_webinar_masterclass",
  SYS("spam"),
  mail(("PublicSector Events", "events@publicsector-events.example"), "FREE webinar: Complaints handling masterclass for adult social care teams",
       "2026-05-08 07:30", D("""
       FREE LIVE WEBINAR - Thursday 21 May, 11:00-12:00

       Complaints Handling Masterclass for Adult Social Care Teams

       - Writing stage 1 responses that stand up to Ombudsman scrutiny
       - Handling persistent and vexatious complainants
       - Stage 2 reviews and learning from complaints

       Register now: https://publicsector-events.example/register/asc-complaints

       This invitation was sent to complaints@council.example. Manage preferences:
       https://publicsector-events.example/prefs
       """), shape="alt", html_style="webmail", extra_headers=["Precedence: bulk"]))

E("s_docshare_phish",
  SYS("spam"),
  mail(("DocuSafe", "no-reply@docusafe-share.test"), "Complaint_Response_Final.pdf has been shared with you", "2026-05-26 22:04",
       None, shape="html", html=D("""
       <html><body style="font-family:Helvetica,Arial,sans-serif">
       <div style="max-width:520px;border:1px solid #ddd;padding:24px">
       <p><b>Adult Social Care Ombudsman Team</b> shared a document with you.</p>
       <p style="font-size:18px">&#128196; Complaint_Response_Final.pdf</p>
       <p>&quot;Please review the attached complaint decision and sign by end of day.&quot;</p>
       <p><a href="https://docusafe-share.test/s/9f2a7c" style="background:#ffc600;color:#000;padding:10px 20px;text-decoration:none">REVIEW DOCUMENT</a></p>
       <p style="font-size:11px;color:#777">Do not share this email. It contains a secure link.</p>
       </div></body></html>
       """)))

E("s_advance_fee",
  SYS("spam"),
  mail(("Mrs Evelyn Harrington", "evelyn.harrington.trust@example.com"), "CHARITY DONATION FOR YOUR ELDERLY CARE", "2026-06-02 03:15",
       D("""
       Dear Beloved,

       I am Mrs Evelyn Harrington, a widow suffering from cancer and I have decided to donate the sum of
       £4,500,000 (Four Million Five Hundred Thousand Pounds) to your organisation for the care of old people
       and the disabled. My late husband's funds are held with a security company and I need your assistance to
       receive it.

       Kindly reply with your full name, private telephone number and bank details so that the lawyer can
       commence the transfer.

       God bless you.
       Mrs Evelyn Harrington
       """), reply_to=("Evelyn Harrington", "eharrington.claims@example.net"), cte="8bit"))


# ==========================================================================
# JUNE - NOVEMBER: more forwards, informal complaints, advocacy, providers
# ==========================================================================
E("x_informal_callnote_omb",
  L("complaint", "informal", funding="council_funded", omb=True, cg="older_people", rep=True, role="officer_forward"),
  mail(("Joanne Pickersgill", "joanne.pickersgill@council.example"), "FW: Contact record 7120334 - ASC - carers changing", "2026-06-03 15:18",
       D("""
       Hi Complaints,

       Logging the call below - caller was clear it isn't a formal complaint (yet).

       Joanne Pickersgill | Customer Adviser | Contact Centre

       """) + original_message_block("CRM Notifications", "2026-06-03 14:52", "Pickersgill, Joanne <joanne.pickersgill@council.example>",
                                      "Contact record 7120334 - ASC - Home care", D("""
       Contact record: 7120334
       Channel: Telephone
       Caller: Mr Dennis Ormerod (husband)
       Service user: Mrs Audrey Ormerod, 80, home care arranged by ASC (Aspire Care)
       Notes:
       Mr O says his wife has had a different carer almost every day since April and she is confused and upset
       by strangers helping her wash. He is not making a formal complaint at this stage and asked for the
       commissioning team to raise it with Aspire informally. He said that if nothing changes by the summer he
       "will be going to the Ombudsman". No concerns about safety - care is being delivered, it's the
       continuity. Advised callback within 5 working days.
       """), mailto="crm-noreply@council.example"), cte="quoted-printable"))

_olwen = mail(("Olwen Jenkins", "olwen.jenkins@example.org"), "My home care being cut", "2026-06-15 10:40", D("""
             Dear Mr Forsyth,

             I am 82 and I have had a morning and an evening call from the carers the council arranges for me since
             my stroke. At my review last month the lady said that from July I will only have a morning call,
             because my daughter "could help in the evenings". My daughter lives 30 miles away and works nights.
             Nobody asked her.

             I want to complain about this but I do not know how to set it out properly and my writing is not good
             since the stroke - this has taken me all morning. Could somebody help me to make the complaint, like an
             advocate?

             Yours sincerely,
             Olwen Jenkins (Mrs)
             """), to=("Callum Forsyth", "callum.forsyth@council.example"), cte="quoted-printable")
E("x_attached_fwd_advocacy",
  L("complaint", "unclear", funding="council_funded", cg="older_people", needs=["advocacy"], role="officer_forward"),
  mail(("Callum Forsyth", "callum.forsyth@council.example"), "FW: My home care being cut", "2026-06-16 09:07",
       D("""
       Hello,

       Please see the attached from Mrs Jenkins, whose review I completed in May. I'm forwarding it to you as
       she says she wants to complain. I'll pass her request for an advocate to our commissioned service too.

       Callum Forsyth
       Social Worker | Older People's Locality Team (South)
       """), shape="alt", inner=_olwen.data, inner_name="My home care being cut.eml"))

_bell = mail(("Lucinda Carrow", "lucinda.carrow@example.net"), "Mum's fall at Hazelwood", "2026-06-28 20:15", D("""
             Hello,

             I don't want to make a formal complaint, I just want someone to be aware of what happened.

             On Thursday Mum fell in her room at Hazelwood. Her call bell had been left hooked over the back of
             the chair, out of her reach, and she lay on the floor for over an hour shouting before anyone came.
             She has a huge bruise on her hip and she is frightened to be left on her own now. The carer who found
             her told me the bell "is always being left there".

             Please make sure it doesn't happen again.

             Lucinda Carrow
             """), to=("Harriet Moss", "harriet.moss@council.example"), shape="alt", html_style="gmail", id_style="gmail")
E("x_attached_fwd_informal_sg",
  L("complaint", "informal", sg=True, rep=True, role="officer_forward"),
  mail(("Harriet Moss", "harriet.moss@council.example"), "FW: Mum's fall at Hazelwood", "2026-06-29 08:44",
       D("""
       Morning,

       Attached email from a relative. I think she would want this formally investigated to be honest - she
       sounded very angry when we spoke - so please treat as a formal complaint. I've also sent it to the
       Safeguarding Hub.

       Harriet
       Harriet Moss | Reviewing Officer
       """), inner=_bell.data, inner_name="Mum's fall at Hazelwood.eml"))

E("x_provider_whistle_charts",
  L("complaint", "unclear", professional=True, sg=True, cg="older_people", rep=True, role="provider"),
  mail(("Senior carer (name withheld)", "seniorcarer.rh@example.com"), "Records being changed at Redhill Nursing Home", "2026-07-07 22:50",
       D("""
       To the council,

       I am a senior carer at Redhill Nursing Home and I am writing because I don't know who else to go to.

       Before the CQC inspection last month the deputy manager told us to "fill in the gaps" on the fluid and
       turning charts for the whole of the previous week, from memory. We are regularly two staff short on
       nights and most residents are not being turned or given drinks between midnight and 6am. Some of our
       residents are in their nineties and can't ask for a drink. I have seen a resident with lips so dry they
       were bleeding.

       I'm frightened of losing my job, but I can't keep signing things that aren't true.
       """), cte="quoted-printable"))

E("x_informal_sw_name",
  L("complaint", "informal", cg="disability", rep=True),
  mail(("Helena Brightwater", "helena.brightwater@example.org"), "Small thing re Sam's social worker", "2026-07-14 12:37",
       D("""
       Hello,

       My son Sam is 20 and autistic. His new social worker is pleasant and means well, but she keeps calling
       him "Samuel", which he hates, and she talks to me instead of to him. It makes him
       shut down in meetings.

       I don't want to make a formal complaint. I'd just like someone to mention it to her manager so it can be
       put right.

       Helena Brightwater
       """), cte="quoted-printable"))

E("x_informal_parking",
  L("complaint", "informal", cg="older_people", rep=True),
  mail(("Margaret Dunnock", "margaret.dunnock@example.com"), "carers parking", "2026-07-21 17:20",
       D("""
       Hi,

       Dad is 75 and his carers are great with him, no complaints about his care. But they keep parking across
       his neighbour's drive and the neighbour keeps knocking on Dad's door to complain, which upsets him.

       I'm not looking to make trouble - could the agency just be asked to remind their staff where to park?

       Thanks
       Margaret
       """), shape="alt", html_style="apple", id_style="apple"))

E("x_informal_advocacy_own_mh",
  # funding corrected in session 27: "support through adult social care" is care the council arranges (LABELS.md
  # funding: council_funded includes care the council arranges; fresh362 t025 labels the same words so)
  L("complaint", "informal", funding="council_funded", cg="disability", needs=["advocacy"]),
  mail(("Ravi Bhattacharya", "ravi.bhattacharya@example.net"), "support worker", "2026-08-04 11:11",
       D("""
       Hello,

       I'm 29 and I have anxiety and depression and I get support through adult social care to help me get out
       and manage my flat. My support worker is often on her phone and seems bored when she's with me, and I
       come away feeling worse.

       I don't want to make a formal complaint or get her in trouble, I'd just like a different worker, quietly.
       I find it really hard to ask for things. Could an advocate help me ask?

       Ravi
       """), cte="7bit"))

E("x_advocacy_daycentre_68",
  L("complaint", "unclear", cg="older_people", rep=True, needs=["advocacy"]),
  mail(("Beryl Haslam", "beryl.haslam@example.org"), "Jim excluded from day centre", "2026-08-12 14:02",
       D("""
       Dear Sir or Madam,

       My husband Jim is 68 and has early-onset Alzheimer's. He has gone to Sycamore day centre twice a week for a
       year. Last week they told me he can't come any more because he "wanders" and they haven't enough staff.
       No meeting, no letter, just a phone call.

       That day centre is the only break I get and the only place Jim goes. I'm not confident writing to
       officials and I'd like an advocate to help us put our side. Can you arrange that?

       Beryl Haslam
       """), cte="quoted-printable"))

E("x_stage2_provider_response_selffunded",
  L("complaint", "formal", funding="self_funded", s2=True, cg="disability", rep=True),
  mail(("Gordon Halliwell", "gordon.halliwell@example.com"), "Not happy with Meridian Care's response - please review", "2026-08-25 19:40",
       D("""
       Dear Complaints Team,

       My son Adam is 33 and has cerebral palsy. We pay Meridian Care privately, from Adam's own money, for a
       support worker to help him get to work three days a week.

       In June I complained to Meridian because his worker was repeatedly late, so Adam was late for work and has
       now had a written warning. Meridian's response on 14 August blamed "traffic" and offered nothing. I am not
       happy with their response and I would like the council to review the complaint, as Meridian is one of your
       approved providers.

       Gordon Halliwell
       """), shape="alt"))

E("x_informal_radio_short",
  L("complaint", "informal", rep=True),
  mail((None, "tash.mcbride@example.net"), "mum's carers", "2026-09-02 07:49",
       "not a complaint as such but the night carer keeps leaving mums radio on loud when she goes and mum cant reach it to turn off so she doesnt sleep. just wanted you to know x\n",
       cte="7bit"))

E("x_sg_resident_money_formal",
  L("complaint", "formal", funding="council_funded", sg=True, cg="disability", rep=True),
  mail(("Anita Szabo", "anita.szabo@example.org"), "Request for formal investigation - Ben's money at Oakdene", "2026-09-15 10:26",
       D("""
       Dear Complaints Team,

       I am my brother Ben's appointee. Ben is 52, has a learning disability and lives at Oakdene, a care home
       the council funds. Staff manage his day-to-day spending money.

       His latest statement from the home shows £380 spent in July on "contribution to lounge TV", "minibus fuel"
       and "group takeaway", and £120 on "clothing" - but he has no new clothes and never goes on the minibus.
       Other families have told me their relatives were charged for the same TV.

       I would like a formal investigation into how residents' money is being spent at Oakdene.

       Anita Szabo
       """), cte="quoted-printable"))

E("x_sg_domestic_son",
  L("complaint", "unclear", sg=True, cg="older_people", rep=True),
  mail(("Theresa Milligan", "theresa.milligan@example.com"), "Mum and my brother - carers knew", "2026-10-06 21:33",
       D("""
       Hello,

       My mum is 70 and has carers twice a day after her stroke. My brother moved back in with her last year. He
       drinks, he shouts at her, he takes her pension as soon as it's paid, and last week he pushed her into the
       door frame - she has a cut above her eye.

       One of the carers told me today that they'd "seen things" for months but were told by their office it was
       "family business" and not to get involved. Surely carers have to report this? Mum is too frightened to say
       anything herself.

       Theresa Milligan
       """), cte="quoted-printable"))

E("x_provider_ack_selffunder",
  L("enquiry", professional=True, funding="self_funded", cg="older_people", role="provider"),
  mail(("Meridian Care - Registered Manager", "rm@meridiancare.example"), "RE: Complaint review - Mrs P Yardley (your ref ASC-26-0512)", "2026-10-14 13:45",
       D("""
       Dear Complaints Officer,

       Thank you for your email of 12 October. We confirm that we received Mrs Yardley's complaint about the
       timing of her mother's calls. Mrs Yardley's mother (89) is a private client and pays for her care herself.

       Our Operations Manager will investigate and we will write to Mrs Yardley by 4 November, copying you in as
       she has asked. We have offered to meet her at her mother's home on 21 October.

       Kind regards,
       Shona Beckett
       Registered Manager, Meridian Care
       """), in_reply_to="<fwd.ASC-26-0512.20261012T1120@council.example>", cte="quoted-printable"))

E("x_enquiry_charges_2027",
  L("enquiry", funding="council_funded", charges=True),
  mail(("Donald Whitehead", "donald.whitehead@example.net"), "New charges from April 2027?", "2026-11-09 10:02",
       D("""
       Hello,

       I pay a contribution towards the care the council arranges for me. Could you tell me when the new charges
       for 2027/28 will be worked out, and whether I need to send in new bank statements or whether you will
       write to me? I just want to be prepared.

       Thank you,
       Donald Whitehead
       """), cte="7bit"))

E("x_sg_night_checks_nov",
  L("complaint", "unclear", funding="council_funded", sg=True, cg="older_people", rep=True),
  mail(("Imogen Tulley", "imogen.tulley@example.com"), "Dad found on floor - night checks not done", "2026-11-17 09:30",
       D("""
       Good morning,

       Dad (88) is at Kingfisher House under a council placement. Yesterday morning the day staff found him on his
       bedroom floor, cold, in a wet pad, with a carpet burn on his face. His night check sheet was signed for
       midnight, 2am and 4am. He told me he'd been "down there since it was dark" and had called out.

       The care plan says two-hourly checks and a crash mat. There was no crash mat.

       What is going to happen now?

       Imogen Tulley
       """), cte="quoted-printable"))

E("c_html_informal_late_apology",
  L("complaint", "informal", funding="self_funded", cg="older_people", rep=True),
  mail(("Graham Oyelaran", "graham.oyelaran@example.org"), "Feedback - not a formal complaint", "2026-10-23 18:05", None,
       shape="html", html=D("""
       <html><body>
       <p>Dear Complaints Team,</p>
       <p>This is <i>not</i> a formal complaint, just feedback I'd like passed on informally.</p>
       <p>My mother, who is 93 and pays for her own place at Thornfield Manor, has had her hair appointment
       cancelled three weeks running because the visiting hairdresser's slot was given to a new resident. It
       matters a great deal to her - she has had her hair set every Friday since 1958.</p>
       <p>Could somebody have a quiet word with the manager?</p>
       <p>Regards,<br>Graham Oyelaran</p>
       </body></html>
       """), html_charset="windows-1252", html_cte="quoted-printable"))


# ==========================================================================
# write everything out
# ==========================================================================
def main(outdir=HERE):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("x[0-9][0-9][0-9].eml"):
        old.unlink()
    ordered = sorted(EMAILS, key=lambda e: (dt(e[2].date), e[0]))
    labels = {}
    index = {}
    for i, (key, lab, msg) in enumerate(ordered, 1):
        name = f"x{i:03d}.eml"
        (outdir / name).write_bytes(msg.data)
        labels[name] = lab
        index[name] = key
    (outdir / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if "--index" in sys.argv:
        for n, k in index.items():
            print(n, k)
    print(f"wrote {len(ordered)} emails to {outdir}")


if __name__ == "__main__":
    main()
