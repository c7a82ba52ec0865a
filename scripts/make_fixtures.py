#!/usr/bin/python3
"""Renders the bundled seed reports (datasets/reports/*.txt) as published
files: Word .docx (python-docx; footnotes as real Word footnotes, an
appendix table as a Word table) and PDF (reportlab; justified paragraphs,
footnotes at the page foot, a running header, page numbers, the appendix
table laid out in columns), plus the damaged and hostile files the format
tests need.  Output: tests/fixtures/formats/ (committed; `make fixtures`
rebuilds it).

The text of each seed is read back into paragraphs and footnotes from the
three shapes the conversions left in the .txt files (Word's bracket
marks, Word's "(?)" marks with notes at the end, PDF text with notes under
a rule and numbers glued to words)."""
import io
import os
import re
import sys
import zipfile

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(TOP, "tests", "fixtures", "formats")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# One appendix table per seed, in the seed's wording and with its figures:
# (title, header, rows of (label, unit, values...)).
TABLES = {
    "000": ("PHỤ BIỂU: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 9 THÁNG ĐẦU NĂM 2020",
            ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2020", "Thực hiện 9 tháng năm 2020"],
            [("Tổng đàn gia súc", "con", "56.500", "64.960"),
             ("Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "2.452.000", "1.304.372"),
             ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", "12.670", "8.275"),
             ("Giá trị sản xuất công nghiệp", "tỷ đồng", "2.525", "1.490")]),
    "001": ("PHỤ BIỂU: MỘT SỐ CHỈ TIÊU CHỦ YẾU",
            ["Chỉ tiêu", "Đơn vị tính", "Năm 2020", "10 tháng năm 2021"],
            [("Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "1.520", "1.105"),
             ("Tổng đàn gia súc", "con", "61.200", "63.850")]),
    "002": ("PHỤ BIỂU: THU, CHI NGÂN SÁCH GIAI ĐOẠN 2016 - 2020",
            ["Chỉ tiêu", "Đơn vị tính", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020"],
            [("Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng",
              "2.132", "2.512", "2.869", "3.244", "3.000"),
             ("Tổng chi ngân sách địa phương", "tỷ đồng",
              "5.153", "6.361", "6.453", "7.553", "7.842")]),
    "003": ("PHỤ BIỂU: MỘT SỐ CHỈ TIÊU CHỦ YẾU 10 THÁNG NĂM 2024",
            ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Ước thực hiện 10 tháng năm 2024"],
            [("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "4.600", "2.627"),
             ("Kim ngạch xuất khẩu", "triệu USD", "320", "325,5"),
             ("Tổng đàn gia súc", "con", "317.500", "307.948")]),
    "004": ("PHỤ BIỂU: MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2023",
            ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2023", "Ước thực hiện năm 2023"],
            [("Tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", "19.400", "18.938,78"),
             ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "4.500", "4.200"),
             ("Kim ngạch xuất khẩu", "triệu USD", "290", "359,5")]),
}


class Doc:
    """Paragraphs (lists of text and footnote numbers) and footnote bodies."""

    def __init__(self):
        self.paras = []
        self.notes = {}

    def add(self, segs):
        segs = [s for s in segs if s != ""]
        if segs and any(isinstance(s, int) or s.strip() for s in segs):
            self.paras.append(segs)


def clean(s):
    return re.sub(r"[ \t\u00a0]+", " ", s).strip()


# ---- the shapes of the seeds ----

def parse_brackets(text):
    """Word export with [footnoteRef:N] marks and [N: () body] bodies."""
    d = Doc()
    text = re.sub(r"\[bookmark:[^\]\n]*\]", "", text)
    segs, buf, i, n = [], [], 0, len(text)
    cited = set()
    body_here = []

    def flush_text():
        if buf:
            segs.append("".join(buf))
            buf.clear()

    while i < n:
        m = re.match(r"\(?\[footnoteRef:(\d+)\]\)?", text[i:])
        if m:
            flush_text()
            segs.append(int(m.group(1)))
            cited.add(int(m.group(1)))
            i += m.end()
            continue
        m = re.match(r"\[(\d{1,4}):\s*(\(\)\s*)?", text[i:])
        if m:
            j, depth = i + m.end(), 1
            while j < n and depth:
                depth += text[j] == "["
                depth -= text[j] == "]"
                j += 1
            body = text[i + m.end():j - 1]
            body = re.sub(r"(?<=\S)\(\)", "", body)
            d.notes[int(m.group(1))] = clean(body.replace("\n", " "))
            body_here.append(int(m.group(1)))
            i = j
            continue
        if text[i] == "\n":
            flush_text()
            for k in body_here:
                if k not in cited:
                    segs.append(k)
                    cited.add(k)
            body_here.clear()
            d.add([clean(s) if isinstance(s, str) else s for s in segs])
            segs.clear()
            i += 1
            continue
        buf.append(text[i])
        i += 1
    flush_text()
    d.add([clean(s) if isinstance(s, str) else s for s in segs])
    return d


def parse_word_marks(text):
    """Word export with "(" + newline + ")" and "(\ufffd)" marks, the notes
    at the end as "(\ufffd) body" paragraphs."""
    d = Doc()
    lines = text.split("\n")
    mark = re.compile(r"^\s*\(?\ufffd\)\s*")
    first_note = next((k for k, l in enumerate(lines) if mark.match(l)), len(lines))
    bodies = []
    for l in lines[first_note:]:
        if mark.match(l):
            bodies.append(mark.sub("", l))
        elif l.strip() and bodies:
            bodies[-1] += " " + l.strip()
    body_text = "\n".join(lines[:first_note])
    body_text = re.sub(r"\(\s*\n\s*\)", "\x00", body_text)
    body_text = body_text.replace("(\ufffd)", "\x00")
    num = 0
    for l in body_text.split("\n"):
        segs = []
        for part in re.split("(\x00)", l):
            if part == "\x00":
                num += 1
                segs.append(num)
            else:
                segs.append(clean(part))
        d.add(segs)
    for k, b in enumerate(bodies, 1):
        d.notes[k] = clean(b)
    # Marks without a body were not footnotes the reader could see.
    for p in d.paras:
        p[:] = [s for s in p if not isinstance(s, int) or s in d.notes]
    return d


MARKER = re.compile(r"^(?:[-+•]\s|\(?\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|[IVX]+[.)]\s)")


def parse_pdf_text(text):
    """pdftotext output: lines broken at the page width, footnotes under a
    rule of spaces, numbers glued to the word they annotate."""
    d = Doc()
    lines = text.replace("\f", "\n").split("\n")
    running, note_no, in_notes, expect = [], None, False, 1
    for k, l in enumerate(lines):
        s = l.rstrip()
        prev_blank = k == 0 or not lines[k - 1].strip()
        next_blank = k + 1 >= len(lines) or not lines[k + 1].strip()
        if re.fullmatch(r"\s*\d{1,3}\s*", s) and prev_blank and next_blank:
            in_notes = False  # a page number
            continue
        if len(l) >= 20 and not l.strip(" _\t"):
            in_notes = True
            continue
        if not s.strip():
            if l.strip(" ") == "" and l != "" and running and running[-1] != "":
                running.append("")  # a line of spaces: the gap between paragraphs
            continue
        if in_notes and l.startswith(" ") and not l.startswith("  "):
            in_notes = False  # a new page starts with one space
        if in_notes:
            m = re.match(r"^(\d{1,2})\.?\s+(.*)", s)
            if m and int(m.group(1)) == expect:
                note_no = expect
                expect += 1
                d.notes[note_no] = m.group(2).strip()
                # The glued mark in the text above the rule.
                for r in range(len(running) - 1, -1, -1):
                    t = running[r]
                    mm = None
                    for mm in re.finditer(r"(?<=[a-zà-ỹđ]{2})(?:%d|\(%d\))(?![\w\d])" % (note_no, note_no), t):
                        pass
                    if mm:
                        running[r] = t[:mm.start()] + "\x00%d\x00" % note_no + t[mm.end():]
                        break
            elif note_no:
                d.notes[note_no] += " " + s.strip()
            continue
        running.append(s.strip())
    # Lines into paragraphs: a line goes on unless it starts a list item or
    # heading, or the line before ended one.
    widths = sorted(len(l) for l in running if l) or [80]
    full = widths[len(widths) // 2] * 0.85
    paras, cur = [], ""
    for l in running:
        if l == "":
            if cur:
                paras.append(cur)
            cur = ""
            continue
        if cur:
            last, first = cur.rstrip()[-1:], l[:1]
            lower = first.islower() or first.isdigit() or first in ",.;:)"
            goes = not MARKER.match(l) and (
                last in ",(-" or (last not in ".!?:;" and (lower or len(cur.split("\n")[-1]) >= full))
                or (last in ".!?:;" and first.islower()))
            if goes:
                cur += "\n" + l
                continue
            paras.append(cur)
        cur = l
    if cur:
        paras.append(cur)
    for p in paras:
        segs = []
        for part in re.split("\x00(\\d+)\x00", p.replace("\n", " ")):
            segs.append(int(part) if part.isdigit() and int(part) in d.notes else clean(part))
        d.add(segs)
    return d


def parse_seed(path):
    text = open(path, encoding="utf-8").read().replace("\r", "")
    if "[footnoteRef:" in text:
        return parse_brackets(text)
    if "(\ufffd)" in text:
        return parse_word_marks(text)
    return parse_pdf_text(text)


# ---- Word ----

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_footnotes_part(document, notes):
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<w:footnotes xmlns:w="%s">' % W_NS,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
             '<w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k in sorted(notes):
        parts.append('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                     '</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r>'
                     '</w:p></w:footnote>' % (k, xml_escape(notes[k])))
    parts.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, "".join(parts).encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_run(paragraph, k):
    r = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(k))
    r._r.append(ref)


def word_table(document, header, rows):
    """A grid with a repeated header row; the unit column merged down
    where rows share a unit (w:vMerge), as appendices are typeset."""
    t = document.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    tr_pr.append(th)
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    r = 1
    while r <= len(rows):
        e = r
        while e + 1 <= len(rows) and rows[e][1] == rows[r - 1][1]:
            e += 1
        if e > r:
            merged = t.cell(r, 1).merge(t.cell(e, 1))
            merged.text = rows[r - 1][1]
        r = e + 1


def write_docx(doc, table, path):
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for segs in doc.paras:
        p = document.add_paragraph()
        for s in segs:
            if isinstance(s, int):
                footnote_run(p, s)
            else:
                p.add_run(s if not p.runs else " " + s if not s[:1] in ",.;:)" else s)
    title, header, rows = table
    document.add_paragraph(title)
    word_table(document, header, rows)
    if doc.notes:
        add_footnotes_part(document, doc.notes)
    document.core_properties.author = "tskit fixtures"
    document.save(path)


# ---- PDF ----

class Typesetter:
    """Justified paragraphs on A4 with footnotes at the page foot, a
    running header and a page number: what a report saved as PDF from a
    word processor looks like to a text extractor."""

    W, H = A4
    LEFT, RIGHT, TOP, BOTTOM = 85.0, 57.0, 70.0, 60.0
    SIZE, LEAD = 12.0, 15.0
    NSIZE, NLEAD = 9.0, 11.0

    def __init__(self, path, header):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.header = header
        self.width = self.W - self.LEFT - self.RIGHT
        self.page = 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.finish_page()
        self.page += 1
        self.y = self.H - self.TOP
        self.notes = []  # (number, lines) placed on this page
        self.c.setFont("DV", 9)
        self.c.drawCentredString(self.W / 2, self.H - 40, self.header)

    def finish_page(self):
        c = self.c
        if self.notes:
            y = self.BOTTOM + self.notes_height()
            c.line(self.LEFT, y + 4, self.LEFT + 120, y + 4)
            for num, lines in self.notes:
                for k, l in enumerate(lines):
                    y -= self.NLEAD
                    if k == 0:
                        c.setFont("DV", 6)
                        c.drawString(self.LEFT, y + 3, str(num))
                    c.setFont("DV", self.NSIZE)
                    c.drawString(self.LEFT + 8, y, l)
        c.setFont("DV", 9)
        c.drawCentredString(self.W / 2, 30, "Trang %d" % self.page)
        c.showPage()

    def notes_height(self):
        n = sum(len(l) for _, l in self.notes)
        return n * self.NLEAD + (8 if n else 0)

    def wrap(self, words, width, font, size):
        lines, cur = [], []
        for w in words:
            trial = cur + [w]
            if cur and pdfmetrics.stringWidth(" ".join(t for t, _ in trial), font, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def paragraph(self, segs, notes, indent=28.0):
        # Words, each with the footnote numbers glued after it.
        words = []
        for s in segs:
            if isinstance(s, int):
                if words:
                    words[-1] = (words[-1][0], words[-1][1] + [s])
                else:
                    words.append(("", [s]))
            else:
                words.extend((w, []) for w in s.split())
        first = True
        while words:
            width = self.width - (indent if first else 0)
            line = self.wrap(words, width, "DV", self.SIZE)[0]
            words = words[len(line):]
            refs = [k for _, ks in line for k in ks if k in notes]
            note_lines = [(k, [" ".join(t for t, _ in l) for l in
                               self.wrap([(w, []) for w in notes[k].split()], self.width - 8,
                                         "DV", self.NSIZE)]) for k in refs]
            need = self.LEAD + sum(len(l) for _, l in note_lines) * self.NLEAD + (8 if refs else 0)
            if self.y - need < self.BOTTOM + self.notes_height():
                self.new_page()
            self.y -= self.LEAD
            self.draw_line(line, self.LEFT + (indent if first else 0), width, last=not words)
            self.notes.extend(note_lines)
            first = False
        self.y -= 4  # paragraph spacing

    def draw_line(self, line, x, width, last):
        c = self.c
        texts = [t for t, _ in line]
        plain = sum(pdfmetrics.stringWidth(t, "DV", self.SIZE) for t in texts)
        sups = sum(pdfmetrics.stringWidth("".join(map(str, ks)), "DV", 7) for _, ks in line)
        gaps = len(line) - 1
        space = pdfmetrics.stringWidth(" ", "DV", self.SIZE)
        if not last and gaps:
            space = (width - plain - sups) / gaps
        for t, ks in line:
            c.setFont("DV", self.SIZE)
            c.drawString(x, self.y, t)
            x += pdfmetrics.stringWidth(t, "DV", self.SIZE)
            for k in ks:
                c.setFont("DV", 7)
                c.drawString(x, self.y + 5, str(k))
                x += pdfmetrics.stringWidth(str(k), "DV", 7)
            x += space

    def table(self, title, header, rows):
        """Columns as a word processor sets them: cells padded 5pt, row
        labels wrapped in their column, figures right-aligned."""
        size, lead, pad = 10.0, 13.0, 5.0
        self.paragraph([title], {}, indent=0)
        n = len(header)
        unit_w = 2 * pad + max(pdfmetrics.stringWidth(r[1], "DV", size) for r in [header] + rows)
        label_w = 150.0
        val_w = (self.width - label_w - unit_w) / (n - 2)
        xs = [self.LEFT, self.LEFT + label_w] + [self.LEFT + label_w + unit_w + k * val_w
                                                for k in range(n - 2)]
        ends = xs[1:] + [self.LEFT + self.width]
        for r, row in enumerate([header] + [list(x) for x in rows]):
            cells = [[" ".join(t for t, _ in l) for l in
                      self.wrap([(w, []) for w in v.split()], ends[k] - xs[k] - 2 * pad, "DV", size)]
                     for k, v in enumerate(row)]
            height = max(len(c) for c in cells) * lead + 4
            if self.y - height < self.BOTTOM + self.notes_height():
                self.new_page()
            c = self.c
            c.setFont("DV", size)
            for k, lines in enumerate(cells):
                for i, v in enumerate(lines):
                    y = self.y - lead * (i + 1)
                    if r > 0 and k >= 2:
                        c.drawRightString(ends[k] - pad, y, v)
                    else:
                        c.drawString(xs[k] + pad, y, v)
            self.y -= height
            c.line(self.LEFT, self.y + 2, self.LEFT + self.width, self.y + 2)

    def save(self):
        self.finish_page()
        self.c.save()


def write_pdf(doc, table, path, header):
    t = Typesetter(path, header)
    for segs in doc.paras:
        t.paragraph(segs, doc.notes)
    t.table(*table)
    t.save()


# ---- damaged and hostile files ----

def image_pdf(path):
    """A scan: the page is a picture of text, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (800, 300), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), 28)
    draw.text((20, 40), "Tổng thu ngân sách đạt 1.304 tỷ đồng", font=font, fill=0)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(img), 60, 500, width=480, height=180)
    c.showPage()
    c.save()


def encrypted_pdf(path):
    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption("mat-khau", ownerPassword="chu-so-huu", strength=128)
    c = canvas.Canvas(path, pagesize=A4, encrypt=enc, invariant=1)
    c.setFont("DV", 12)
    c.drawString(72, 760, "Tổng thu ngân sách nhà nước đạt 1.304,3 tỷ đồng.")
    c.showPage()
    c.save()


# A report typed in the TCVN3 (ABC) font .VnTime, as offices wrote before
# Unicode: each letter one byte of the font, which PDF and Word readers
# hand on as the Latin-1 character of that number (and in a VNI font,
# below).  The text is this project's own.
TCVN3_REPORT = [
    "BÁO CÁO",
    "Tình hình kinh tế - xã hội tỉnh Kon Tum năm 2008",
    "Tổng sản phẩm trong tỉnh (GDP) năm 2008 ước tăng 13,2% so với năm 2007; "
    "thu nhập bình quân đầu người đạt 9,8 triệu đồng.",
    "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 815 tỷ đồng, bằng 108,6% "
    "dự toán năm; tổng đàn gia súc có 212.400 con.",
]
TCVN3_LETTERS = (
    "ĂÂÊÔƠƯĐăâêôơưđ", "\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae",
    "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
    "\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe\xc6\xc7\xc8\xc9\xca\xcb\xcc\xce\xcf"
    "\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xdc\xdd\xde\xdf\xe1\xe2\xe3\xe4\xe5"
    "\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8"
    "\xf9\xfa\xfb\xfc\xfd\xfe")


def tcvn3(text):
    """The text as .VnTime keeps it, read as Latin-1.  Capitals with a tone
    mark have no byte of their own: the uppercase font .VnTimeH draws
    them from the lowercase letters' bytes."""
    table = dict(zip(TCVN3_LETTERS[0] + TCVN3_LETTERS[2], TCVN3_LETTERS[1] + TCVN3_LETTERS[3]))
    out = []
    for ch in text:
        if ch not in table and ch.lower() in table:
            ch = ch.lower()
        out.append(table.get(ch, ch))
    return "".join(out)


VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_SHAPED = {("\u0302", ""): "â", ("\u0302", "\u0301"): "á", ("\u0302", "\u0300"): "à",
              ("\u0302", "\u0309"): "å", ("\u0302", "\u0303"): "ã", ("\u0302", "\u0323"): "ä",
              ("\u0306", ""): "ê", ("\u0306", "\u0301"): "é", ("\u0306", "\u0300"): "è",
              ("\u0306", "\u0309"): "ú", ("\u0306", "\u0303"): "ü", ("\u0306", "\u0323"): "ë"}
VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni(text):
    """The text as a VNI font keeps it, read as Latin-1: a vowel's plain
    letter and one character for its marks; ơ ư đ as ô ö ñ."""
    import unicodedata
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        if not marks:
            out.append(ch)
            continue
        up = base.isupper()
        tone = "".join(m for m in marks if m in VNI_TONES)
        shape = "".join(m for m in marks if m in "\u0302\u0306")
        if "\u031b" in marks:
            code = ("ô" if base in "oO" else "ö") + VNI_TONES.get(tone, "")
        elif base in "iI" and tone:
            code = VNI_I[tone]
        elif base in "yY" and tone == "\u0323":
            code = "î"
        elif shape:
            code = base + VNI_SHAPED[(shape, tone)]
        else:
            code = base + VNI_TONES[tone]
        out.append(code.upper() if up else code)
    return "".join(out)


def tcvn3_pdf(path):
    """A report in .VnTime made into a PDF: a simple font whose codes are
    the TCVN3 bytes, which a reader maps through WinAnsi to Latin-1."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = 780
    for k, line in enumerate(TCVN3_REPORT):
        c.setFont("Helvetica-Bold" if k < 2 else "Helvetica", 12)
        words, row = tcvn3(line).split(" "), ""
        for w in words:
            if row and c.stringWidth(row + " " + w, "Helvetica", 12) > 450:
                c.drawString(72, y, row)
                y -= 16
                row = w
            else:
                row = (row + " " + w).strip()
        c.drawString(72, y, row)
        y -= 24
    c.showPage()
    c.save()


def font_docx(path, encode, font):
    """The report of the font fixtures as a Word file whose runs are set in
    the old font, its text in that font's bytes."""
    d = Document()
    for line in TCVN3_REPORT:
        run = d.add_paragraph().add_run(encode(line))
        run.font.name = font
    d.core_properties.author = "tskit fixtures"
    d.save(path)


def zip_bomb(path):
    """A .docx whose document part unpacks to 1 GiB of spaces (bzip2 packs
    it into a few hundred bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2, compresslevel=9) as z:
        info = zipfile.ZipInfo("[Content_Types].xml", (2024, 1, 1, 0, 0, 0))
        z.writestr(info, '<?xml version="1.0"?><Types/>')
        info = zipfile.ZipInfo("word/document.xml", (2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_BZIP2
        with z.open(info, "w") as f:
            block = b" " * (1 << 20)
            for _ in range(1024):
                f.write(block)


def not_word_zip(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bao-cao/so-lieu.csv", "chi_tieu,gia_tri\nthu_ngan_sach,1304\n")
        z.writestr("bao-cao/ghi-chu.txt", "Số liệu 9 tháng đầu năm 2020.\n")


def merged_docx(path):
    """Merged cells of every kind: a header cell over two columns, the unit
    merged down, a row starting after an empty grid column."""
    d = Document()
    d.add_paragraph("BIỂU SỐ LIỆU: THU NGÂN SÁCH")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).text = "Chỉ tiêu"
    t.cell(0, 1).text = "Đơn vị tính"
    hdr = t.cell(0, 2).merge(t.cell(0, 3))
    hdr.text = "Thực hiện"
    for c, v in enumerate(["-", "-", "Năm 2022", "Năm 2023"]):
        t.cell(1, c).text = v if v != "-" else ""
    t.cell(2, 0).text = "Thu ngân sách nhà nước trên địa bàn"
    t.cell(3, 0).text = "Tổng chi ngân sách địa phương"
    u = t.cell(2, 1).merge(t.cell(3, 1))
    u.text = "tỷ đồng"
    for r, vals in ((2, ("3.512", "4.200")), (3, ("10.110", "11.967"))):
        for k, v in enumerate(vals):
            t.cell(r, 2 + k).text = v
    d.add_paragraph("Số liệu do Sở Tài chính cung cấp.")
    d.save(path)


def odt(path, doc, table):
    """The same report as OpenDocument text (zipfile and hand-written XML:
    Debian has no ODF writer among the fixture tools)."""
    body = []
    for segs in doc.paras:
        out = []
        for s in segs:
            if isinstance(s, int):
                out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                           '<text:note-citation>%d</text:note-citation><text:note-body>'
                           '<text:p>%s</text:p></text:note-body></text:note>'
                           % (s, s, xml_escape(doc.notes[s])))
            else:
                out.append(xml_escape(s if not out else " " + s))
        body.append("<text:p>%s</text:p>" % "".join(out))
    title, header, rows = table
    body.append("<text:p>%s</text:p>" % xml_escape(title))
    body.append('<table:table table:name="PhuBieu"><table:table-header-rows><table:table-row>%s'
                '</table:table-row></table:table-header-rows>%s</table:table>' % (
                    "".join("<table:table-cell><text:p>%s</text:p></table:table-cell>"
                            % xml_escape(h) for h in header),
                    "".join("<table:table-row>%s</table:table-row>" % "".join(
                        "<table:table-cell><text:p>%s</text:p></table:table-cell>" % xml_escape(v)
                        for v in row) for row in rows)))
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % "".join(body))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                   '<manifest:file-entry manifest:full-path="/" '
                   'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>')
        z.writestr("content.xml", content)


def fuzz_seeds():
    """Small seeds for tests/fuzz/fuzz_pdf.c: an uncompressed PDF (base-14
    font, so no font is embedded) with a footnote mark, a note and a table,
    and the same kind of page as made-up glyph records."""
    d = os.path.join(TOP, "tests", "fuzz", "corpus", "fuzz_pdf")
    os.makedirs(d, exist_ok=True)
    c = canvas.Canvas(os.path.join(d, "small.pdf"), pagesize=(300, 200), pageCompression=0,
                      invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(20, 170, "Tong thu ngan sach dat 1.304 ty dong")
    c.setFont("Helvetica", 6)
    c.drawString(190, 174, "1")
    c.setFont("Helvetica", 10)
    for k, row in enumerate((("Chi tieu", "Nam 2022", "Nam 2023"), ("Thu", "3.512", "4.200"))):
        for j, v in enumerate(row):
            c.drawString(20 + 90 * j, 140 - 14 * k, v)
    c.setFont("Helvetica", 7)
    c.drawString(20, 30, "1 Trong do 900 ty dong.")
    c.drawString(140, 10, "- 1 -")
    c.showPage()
    c.save()
    recs = bytearray()
    for k, ch in enumerate(b"Ta b1.2 T12"):
        code = {ord("T"): 2, ord("a"): 0, ord("b"): 1, ord("1"): 3, ord("2"): 4, ord("."): 5,
                ord(" "): 7}[ch]
        recs += bytes([code, 20 + 4 * k, 0, 30, 0, 5, 10, 0, 0])
    open(os.path.join(d, "glyphs.bin"), "wb").write(bytes(recs))


def fixed_zip_times(path):
    """Rewrites a zip with fixed entry times, so that the committed files
    only change when their content does."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            info.date_time = (2024, 1, 1, 0, 0, 0)
            z.writestr(info, data, compress_type=info.compress_type)


def long_report(path, pages):
    """A report of at least `pages` pages for bench/bench_formats.sh: the
    seeds' paragraphs and footnotes over and over, then an appendix."""
    pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    seeds = sorted(f for f in os.listdir(os.path.join(TOP, "datasets", "reports"))
                   if re.match(r"\d{3}_.*\.txt$", f))
    docs = [parse_seed(os.path.join(TOP, "datasets", "reports", f)) for f in seeds]
    t = Typesetter(path, "Báo cáo tình hình kinh tế - xã hội")
    k = 0
    while t.page < pages:
        d = docs[k // 1000 % len(docs)]
        t.paragraph(d.paras[k % 1000 % len(d.paras)], d.notes)
        k += 1
        if k % 1000 >= len(d.paras):
            k = (k // 1000 + 1) * 1000
    t.table(*TABLES["002"])
    t.save()
    return t.page


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--long-report":
        n = long_report(sys.argv[2], int(sys.argv[3]))
        print("fixtures: %s: %d pages" % (sys.argv[2], n))
        return 0
    pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    os.makedirs(OUT, exist_ok=True)
    seeds = sorted(f for f in os.listdir(os.path.join(TOP, "datasets", "reports"))
                   if re.match(r"\d{3}_.*\.txt$", f))
    docs = {}
    for f in seeds:
        key, stem = f[:3], f[:-4]
        doc = parse_seed(os.path.join(TOP, "datasets", "reports", f))
        docs[key] = doc
        docx = os.path.join(OUT, stem + ".docx")
        write_docx(doc, TABLES[key], docx)
        fixed_zip_times(docx)
        write_pdf(doc, TABLES[key], os.path.join(OUT, stem + ".pdf"),
                  "Báo cáo tình hình kinh tế - xã hội")
        print("fixtures: %s: %d paragraphs, %d footnotes" % (stem, len(doc.paras), len(doc.notes)))
    first = seeds[0][:-4]
    odt(os.path.join(OUT, first + ".odt"), docs[seeds[0][:3]], TABLES[seeds[0][:3]])
    fixed_zip_times(os.path.join(OUT, first + ".odt"))
    merged_docx(os.path.join(OUT, "merged-cells.docx"))
    fixed_zip_times(os.path.join(OUT, "merged-cells.docx"))
    pdf = open(os.path.join(OUT, first + ".pdf"), "rb").read()
    open(os.path.join(OUT, "bad-truncated.pdf"), "wb").write(pdf[:len(pdf) * 2 // 5])
    encrypted_pdf(os.path.join(OUT, "bad-encrypted.pdf"))
    image_pdf(os.path.join(OUT, "bad-image-only.pdf"))
    not_word_zip(os.path.join(OUT, "bad-not-word.zip"))
    fixed_zip_times(os.path.join(OUT, "bad-not-word.zip"))
    zip_bomb(os.path.join(OUT, "bad-zip-bomb.docx"))
    tcvn3_pdf(os.path.join(OUT, "tcvn3-font.pdf"))
    font_docx(os.path.join(OUT, "tcvn3-font.docx"), tcvn3, ".VnTime")
    fixed_zip_times(os.path.join(OUT, "tcvn3-font.docx"))
    font_docx(os.path.join(OUT, "vni-font.docx"), vni, "VNI-Times")
    fixed_zip_times(os.path.join(OUT, "vni-font.docx"))
    fuzz_seeds()
    return 0


if __name__ == "__main__":
    sys.exit(main())
