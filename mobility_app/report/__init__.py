"""Printable reports (Qt GUI, no widgets): the one-page progress report as PDF."""

from mobility_app.report.pdf import gui_application, render_pdf, write_report

__all__ = ["gui_application", "render_pdf", "write_report"]
