"""Usage: what each relayed call used (read from upstream's own answers), its cost, and the ledger."""
