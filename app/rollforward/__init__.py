"""去年→今年: roll last year's report forward into this year's draft."""

from app.rollforward.new_draft import INITIAL_SNAPSHOT, NewFromLastYear, new_from_last_year
from app.rollforward.roll import RollForward, YearChange, roll_forward

__all__ = ["RollForward", "YearChange", "roll_forward", "NewFromLastYear", "new_from_last_year",
           "INITIAL_SNAPSHOT"]
