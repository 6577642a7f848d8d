#!/usr/bin/python3
"""Writes the report fixtures of tests/test-report-text.c into this
directory: the same bytes on every run (fixed zip timestamps, no
compression randomness), so that the committed files are this script's.

Usage: make-fixtures.py [DIRECTORY]
"""
import pathlib
import struct
import sys
import zipfile

OUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent)
DATE = (2024, 1, 1, 0, 0, 0)

TEXT = b"Page one, line one\r\nline two\r\n\fPage two\rend\n"

MARKDOWN = b"""\xef\xbb\xbf# Review

The [school](https://example.org/s) said *no*.
"""

HTML = b"""<!DOCTYPE html>
<html><head><title>Title words</title>
<style>p { color: red }</style>
<script>var secret = "hidden";</script></head>
<body>
<h1>Review  of
 practice</h1>
<p>Tom &amp; Jerry&rsquo;s   school</p>
<ul><li>One<ul><li>Nested</li></ul></li><li>Two</li></ul>
<p>Line<br>after break</p>
<!-- a comment -->
<div style="page-break-before: always">Second page</div>
<table><tr><td>a</td><td>b</td></tr></table>
<pre>  keep
  this</pre>
</body></html>
"""

ODT_CONTENT = b"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:text>
<text:h text:outline-level="1">Serious case review</text:h>
<text:p>Child <text:span>A</text:span> lived   with her<text:s text:c="2"/>mother.</text:p>
<text:p>Tab<text:tab/>here<text:line-break/>second line &amp; more</text:p>
<text:p/>
<text:list><text:list-item><text:p>Item one</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>
"""

ODT_MANIFEST = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

DOCX_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""

DOCX_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""

DOCX_DOCUMENT = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>First</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> page  text</w:t></w:r></w:p>
<w:p><w:r><w:t>Line</w:t><w:br/><w:t>break</w:t></w:r></w:p>
<w:p><w:r><w:lastRenderedPageBreak/><w:t>Still page one</w:t></w:r></w:p>
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
<w:p><w:r><w:t>Page two &amp; &#8217;quoted&#8217;</w:t></w:r></w:p>
<w:p><w:r><w:delText>deleted</w:delText><w:instrText>PAGE</w:instrText></w:r></w:p>
</w:body></w:document>
"""


def write_zip(path, members):
    """members: (name, bytes, compress) in order."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def lie_about_size(path, size):
    """Says in both headers that every member is @size bytes uncompressed:
    a zip bomb as the reader sees it before inflating a byte."""
    data = bytearray(path.read_bytes())
    at = 0
    while (at := data.find(b"PK\x03\x04", at)) >= 0:
        struct.pack_into("<I", data, at + 22, size)
        at += 4
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        struct.pack_into("<I", data, at + 24, size)
        at += 4
    path.write_bytes(bytes(data))


def pdf(pages):
    """A PDF of one Helvetica text object per page; @pages: lists of lines."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
        for line in lines:
            ops.append(b"(" + line.encode("latin-1") + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main():
    (OUT / "report.txt").write_bytes(TEXT)
    (OUT / "report.md").write_bytes(MARKDOWN)
    (OUT / "report.html").write_bytes(HTML)
    write_zip(OUT / "report.odt", [
        ("mimetype", b"application/vnd.oasis.opendocument.text", False),
        ("META-INF/manifest.xml", ODT_MANIFEST, True),
        ("content.xml", ODT_CONTENT, True),
    ])
    docx = [
        ("[Content_Types].xml", DOCX_TYPES, True),
        ("_rels/.rels", DOCX_RELS, True),
        ("word/document.xml", DOCX_DOCUMENT, True),
    ]
    write_zip(OUT / "report.docx", docx)
    write_zip(OUT / "no-document.docx", docx[:2])
    write_zip(OUT / "malformed.docx", docx[:2] + [
        ("word/document.xml", b"<w:document><w:body><w:p><w:t>Secret Name</w:p>", True)])
    write_zip(OUT / "bomb.docx", docx)
    lie_about_size(OUT / "bomb.docx", 512 << 20)
    (OUT / "report.pdf").write_bytes(pdf([["First page, line one", "Line two"],
                                          ["Second page"]]))
    # The publication check's CLI test: a leak on the second page.
    (OUT / "leaks.pdf").write_bytes(pdf([["Review of Child M", "Practice was reviewed."],
                                         ["Records call her Lizzie Hargreaves.",
                                          "The postcode LA9 4QT was given."]]))
    write_zip(OUT / "leaks.docx", docx[:2] + [
        ("word/document.xml", DOCX_DOCUMENT.replace(b"Page two &amp;", b"Lizzie&#8217;s mother &amp;"), True)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
