"""The import room: 导入去年报告 from a file or the clipboard, with its preview."""
