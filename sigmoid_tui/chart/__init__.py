"""The chart, pure: values into the article's plotext figure, with axes, overlays, labels and
the cursor painted on the built text. Imports nothing from Textual, cli or tui."""
