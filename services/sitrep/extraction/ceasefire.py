"""Ceasefire proposals (stub until the ceasefire increment)."""


def extract(article, sentences):
    return []
