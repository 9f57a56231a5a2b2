"""Training and measuring the attribution finder on PolNeAR-style JSONL (train once, ship the weights)."""
