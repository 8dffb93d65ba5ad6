"""Qt side of the stall's devices: the scale monitor, its panel, Settings > Devices."""
