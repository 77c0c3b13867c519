"""Read the text of a letter attached as a document: PDF (pypdf), Word .docx (python-docx), plain text.

Some people send their complaint as a letter with an empty or one-line email ("please see attached");
solicitors, MPs' offices and advocates often do.  Without this the classifier would read nothing and a
safeguarding concern in the letter would go unflagged.  Scanned images have no text to read (no OCR
runs offline here); they stay attachments an officer opens.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib

from ..errors import ParseError

# What is read, by content type or by the file's extension (mailers often send application/octet-stream).
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
DOCX_TYPES = frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
TEXT_TYPES = frozenset({"text/plain"})

MAX_PAGES = 30  # a letter, not a bundle of case records: the rest of a long PDF is left for the officer
MAX_CHARS = 60_000


class DocumentError(ParseError):
    """An attached document could not be read; the message is still processed, with a defect noted."""


def document_kind(filename: str, content_type: str) -> str:
    """"pdf", "docx", "text" or "" (not a document the bot reads)."""
    name = (filename or "").lower()
    if content_type in PDF_TYPES or name.endswith(".pdf"):
        return "pdf"
    if content_type in DOCX_TYPES or name.endswith(".docx"):
        return "docx"
    if content_type in TEXT_TYPES or name.endswith(".txt"):
        return "text"
    return ""


def document_text(filename: str, content_type: str, data: bytes) -> str:
    """The document's text, or "" if it has none (a scan); raises DocumentError if it cannot be read."""
    kind = document_kind(filename, content_type)
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data)
    elif kind == "text":
        text = _plain_text(data)
    else:
        return ""
    return text[:MAX_CHARS].strip()


def _pdf_text(data: bytes) -> str:
    import pypdf
    from pypdf.errors import PyPdfError

    # pypdf logs every repaired defect of a malformed file as a warning; the bot notes one defect instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise DocumentError("the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PAGES]]
    # pypdf raises its own errors for bad structure, but plain ones from deep inside a damaged file.
    except (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError, AssertionError,
            RecursionError, zlib.error) as exc:
        raise DocumentError(f"the PDF could not be read ({exc.__class__.__name__})") from exc
    return "\n\n".join(p.strip() for p in pages if p.strip())


def _docx_text(data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError  # python-docx reads the document's XML parts with lxml

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, XMLSyntaxError, KeyError, ValueError) as exc:
        raise DocumentError(f"the Word document could not be read ({exc.__class__.__name__})") from exc
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(paragraphs)


def _plain_text(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
