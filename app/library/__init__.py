"""The clerk's library: reusable phrases (常用语) and the activity ledger (台账)."""
