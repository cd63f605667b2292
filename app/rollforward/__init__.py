"""去年→今年: roll last year's report forward into this year's draft."""

from app.rollforward.new_draft import NewFromLastYear, store_new_draft
from app.rollforward.roll import RollForward, YearChange, roll_forward

__all__ = ["RollForward", "YearChange", "roll_forward", "NewFromLastYear",
           "store_new_draft"]
