"""The explorer's widgets: the controls, the chart, the readout, the table and the saver."""
