"""Managing the open report from the 文件 menu: 另存为新报告, rename, delete to the 回收站."""
