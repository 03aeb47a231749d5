"""The explorer's screens over the chart: help, the view in words, prompts, the quit question."""
