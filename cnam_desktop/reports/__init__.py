"""Workbooks (openpyxl), PDF reports (reportlab) and calendars: no Qt."""
