"""Tests for mobility_app.storage (a package so its module names never clash with others')."""
