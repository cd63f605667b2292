"""The roll-forward room: a new report from last year's and its checklist."""
