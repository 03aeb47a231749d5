"""The interactive explorer: the app, its screens and widgets, its keys and its styles."""
