"""The pure core: views, typed text, curves, exact values and solving, sampling, points of
interest, navigation and words. Imports nothing from Textual, plotext, chart, cli or tui."""
