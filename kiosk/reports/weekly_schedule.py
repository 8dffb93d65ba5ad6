"""The plot's weekly schedule on A4: the map as a picture, then each day's work.

Built from kiosk.services.plot_results.ScheduleData; no database, no Qt. Labels
are Paragraphs (shaped Thai) even inside the map picture.
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import timedelta
from html import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (Flowable, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from kiosk.dates import format_date, format_date_long, weekday_short
from kiosk.i18n import tr
from kiosk.reports.fonts import REGULAR, thai_style
from kiosk.services.plot_rules import task_label
from kiosk.services.plot_results import MapData, ScheduleData

GREEN = colors.HexColor("#1b5e20")
PATH = colors.HexColor("#efe6d8")
EARTH = colors.HexColor("#8d6e63")


def _ink_on(hex_colour: str) -> str:
    c = colors.HexColor(hex_colour)
    return "#000000" if (0.299 * c.red + 0.587 * c.green + 0.114 * c.blue) > 0.59 else "#ffffff"


class PlotMapPicture(Flowable):
    """The plot to scale: beds with what grows in them and days to harvest."""

    def __init__(self, data: MapData, width: float) -> None:
        super().__init__()
        self.data = data
        self.scale = width / data.length_cm
        self.width = width
        self.height = data.width_cm * self.scale + 4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _y(self, y_cm: float, h_cm: float) -> float:
        """Page y of a box's bottom (the plot's y runs downwards, the page's up)."""
        return self.height - (y_cm + h_cm) * self.scale

    def draw(self) -> None:
        c, s, data = self.canv, self.scale, self.data
        c.setFillColor(PATH)
        c.setStrokeColor(EARTH)
        c.setLineWidth(1.5)
        c.rect(0, self._y(0, data.width_cm), data.length_cm * s, data.width_cm * s, fill=1)
        name_style = thai_style("map_bed", 9, bold=True, leading=10)
        crop_style = thai_style("map_crop", 8, leading=9.5)
        for bed in data.beds:
            b = bed.bed
            x, y = b.x_cm * s, self._y(b.y_cm, b.width_cm)
            c.setFillColor(colors.HexColor("#d7ccc8") if b.kind == "bed" else colors.HexColor("#ffe0b2"))
            c.setStrokeColor(EARTH)
            c.rect(x, y, b.length_cm * s, b.width_cm * s, fill=1)
            along_x = b.length_cm >= b.width_cm
            for p in bed.plantings:
                if along_x:
                    px, py = x + p.from_cm * s, y
                    pw, ph = (min(p.to_cm, b.length_cm) - p.from_cm) * s, b.width_cm * s
                else:
                    px, pw = x, b.length_cm * s
                    ph = (min(p.to_cm, b.width_cm) - p.from_cm) * s
                    py = y + b.width_cm * s - p.from_cm * s - ph
                c.setFillColor(colors.HexColor(p.colour))
                c.setStrokeColor(colors.white)
                c.rect(px, py, pw, ph, fill=1)
                when = (tr("{n} d to harvest").format(n=p.days_to_harvest)
                        if p.days_to_harvest > 0 else tr("harvest now"))
                label = Paragraph(f"<font color='{_ink_on(p.colour)}'>{escape(p.crop_name)}<br/>"
                                  f"{escape(when)}</font>", crop_style)
                _, h = label.wrap(pw - 4, ph)
                label.drawOn(c, px + 2, py + ph - h - 10)
            title = Paragraph(escape(b.name), name_style)
            title.wrap(b.length_cm * s, 12)
            title.drawOn(c, x + 2, y + b.width_cm * s - 10)
        c.setStrokeColor(EARTH)
        for metre in range(0, data.length_cm + 1, 100):
            c.line(metre * s, -2, metre * s, 2)


def _bold(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def _day_rows(data: ScheduleData, cell, small) -> list[list]:
    rows = []
    sow, training = _bold(tr("Sow or plant")), _bold(tr("Training"))
    done_mark = " <font color='#2e7d32'>(" + escape(tr("done")) + ")</font>"
    for day in data.days:
        groups: dict[str, list[str]] = defaultdict(list)
        for task in day.tasks:
            where = " ".join(x for x in (task.crop_name, task.bed_name) if x)
            who = f" ({task.assignee_name})" if task.assignee_name else ""
            groups[task.kind].append(escape(where + who) + (done_mark if task.done else ""))
        lines = [f"<b>{escape(task_label(kind))}</b>: " + ", ".join(items)
                 for kind, items in groups.items()]
        for p in day.events.sown:
            lines.insert(0, f"{sow}: {escape(p.crop_name)} "
                            f"{escape(p.bed_name)}")
        for t in day.events.training:
            lines.insert(0, f"{training}: {escape(t.topic)} "
                            f"({escape(t.trainer)})")
        rows.append([Paragraph(f"<b>{escape(weekday_short(day.day))}</b><br/>"
                               f"{escape(format_date(day.day))}", cell),
                     Paragraph("<br/>".join(lines) or "–", small), ""])
    return rows


def build_weekly_schedule(data: ScheduleData) -> bytes:
    """The week's schedule as a PDF (A4 portrait)."""
    buffer = io.BytesIO()
    sunday = data.monday + timedelta(days=6)
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm,
                            title=tr("Plot schedule"), author=data.stall_name)
    heading = thai_style("heading", 16, bold=True, textColor=GREEN)
    sub = thai_style("sub", 10)
    cell = thai_style("cell", 9)
    small = thai_style("small", 8.5, leading=11.5)
    story = [
        Paragraph(escape(tr("Plot schedule, week {first} to {last}").format(
            first=format_date(data.monday), last=format_date(sunday))), heading),
        Paragraph(escape(data.stall_name) + " · " + escape(tr("Map on {day}").format(
            day=format_date_long(data.monday))), sub),
        Spacer(1, 3 * mm),
        PlotMapPicture(data.map, doc.width),
        Spacer(1, 4 * mm),
    ]
    if data.ready:
        ready = ", ".join(f"{escape(r.planting.crop_name)} {escape(r.planting.bed_name)} "
                          f"({escape(format_date(r.planting.harvest_from))} – "
                          f"{escape(format_date(r.planting.harvest_to))})" for r in data.ready)
        story += [Paragraph(_bold(tr("Harvest this week")) + f": {ready}", small),
                  Spacer(1, 3 * mm)]
    table = Table([[Paragraph(_bold(tr("Day")), cell), Paragraph(_bold(tr("Work")), cell),
                    Paragraph(_bold(tr("Done")), cell)]]
                  + _day_rows(data, cell, small),
                  colWidths=[24 * mm, doc.width - 40 * mm, 16 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#a5d6a7")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f5e9")),
    ]))
    story.append(table)
    doc.build(story)
    return buffer.getvalue()
