"""Reports for the complaints team and senior managers: the statutory annual report's figures
(year ending 31 March) and monthly figures, as a self-contained HTML page with charts and a CSV
per table.

Every figure is computed from the case store (each case's labels, routing, letters sent,
process steps and decision) and its audit trail, and nothing else:

    period.py    which days a report covers (the year ending 31 March, a calendar month)
    facts.py     the facts about one case a report counts, read from its record and audit trail
    model.py     typed figures, tables and charts, shared by both reports
    annual.py    the annual report's figures (reg 18, reg 16 of SI 2009/309)
    monthly.py   the monthly figures
    charts.py    charts drawn with matplotlib as inline SVG (no fonts or scripts fetched)
    page.py      the HTML page and the CSV files
"""
