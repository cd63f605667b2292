"""The library room: the 常用语 and 活动台账 panels and harvesting from a report."""
