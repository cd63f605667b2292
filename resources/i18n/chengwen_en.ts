<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecksPanel</name>
    <message>
        <source>尚未检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新检查(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即重新检查（F7）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复已忽略的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忽略此处(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不再提示所选问题（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有打开的报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有发现问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转到此处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忽略此处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭“%1”检查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplacePanel</name>
    <message>
        <source>在全文（标题和正文）中查找</source>
        <translation>Find in the whole report (headings and text)</translation>
    </message>
    <message>
        <source>替换为</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>区分大小写</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>全部替换</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>替换：</source>
        <translation>Replace:</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>第%1段</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>找到 %1 处</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>没有找到“%1”</source>
        <translation>No match for “%1”</translation>
    </message>
    <message>
        <source>全部替换（%1 处）</source>
        <translation>Replace all (%1)</translation>
    </message>
    <message>
        <source>已替换 %1 处，可撤销</source>
        <translation>%1 replaced (can be undone)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位/年度/日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少部分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升一级(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升一级（Ctrl+←）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>降一级(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>降一级（Ctrl+→）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并入上文(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是标题：把它并回上一节的正文（Ctrl+M）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一级标题对应的部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>（没有需要注意的地方）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未识别出标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>程序出错：%1</source>
        <translation>Program error: %1</translation>
    </message>
    <message>
        <source>成文</source>
        <translation>Chengwen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>成文</source>
        <translation>Chengwen</translation>
    </message>
    <message>
        <source>新建报告(&amp;N)…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <source>从五部分模板新建一篇报告</source>
        <translation>Start a new report from the five-part template</translation>
    </message>
    <message>
        <source>打开报告(&amp;O)…</source>
        <translation>&amp;Open report…</translation>
    </message>
    <message>
        <source>报告属性(&amp;P)…</source>
        <translation>Report &amp;properties…</translation>
    </message>
    <message>
        <source>快照(&amp;S)…</source>
        <translation>&amp;Snapshots…</translation>
    </message>
    <message>
        <source>创建、预览和恢复快照</source>
        <translation>Take, preview and restore snapshots</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>在全文中查找</source>
        <translation>Find in the whole report</translation>
    </message>
    <message>
        <source>替换(&amp;H)…</source>
        <translation>Replace (&amp;H)…</translation>
    </message>
    <message>
        <source>在全文中查找并替换</source>
        <translation>Find and replace in the whole report</translation>
    </message>
    <message>
        <source>关于成文(&amp;A)</source>
        <translation>&amp;About Chengwen</translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>添加章节</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>快照</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近的报告(&amp;R)</source>
        <translation>&amp;Recent reports</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>章节(&amp;S)</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>插入(&amp;I)</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>报告(&amp;R)</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>另一个成文正在使用这个资料库：这里只能查看，不能修改</source>
        <translation>Another Chengwen is using this library: you can look but not change anything here</translation>
    </message>
    <message>
        <source>查找和替换</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <source> [只读]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <source>本节 %1 字</source>
        <translation>This section %1 chars</translation>
    </message>
    <message>
        <source>全文 %1 字</source>
        <translation>Report %1 chars</translation>
    </message>
    <message>
        <source>汉字、字母和数字 %1，另有标点 %2</source>
        <translation>Han characters, letters and digits: %1; punctuation: %2</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>（没有）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言将在下次启动成文时切换。</source>
        <translation>The interface language changes the next time Chengwen starts.</translation>
    </message>
    <message>
        <source>关于成文</source>
        <translation>About Chengwen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;成文 Chengwen&lt;/h3&gt;&lt;p&gt;法治政府建设情况报告写作助手：按五部分模板起草，章节自动编号，随写随存，可随时拍快照、恢复。&lt;/p&gt;&lt;p&gt;全部数据保存在本机，不联网。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chengwen 成文&lt;/h3&gt;&lt;p&gt;A drafting assistant for the annual report on rule-of-law government construction: draft from the five-part template, sections number themselves, everything is saved as you type, snapshots can be taken and restored at any time.&lt;/p&gt;&lt;p&gt;All data stays on this computer; nothing goes online.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>章节树：
Insert / Ctrl+Enter&#x3000;添加同级章节
Ctrl+Shift+Enter&#x3000;添加下级章节
F2&#x3000;重命名
Delete&#x3000;删除章节
Ctrl+↑ / Ctrl+↓&#x3000;上移 / 下移
Ctrl+← / Ctrl+→&#x3000;升级 / 降级
Ctrl+1 / 2 / 3&#x3000;状态：待写 / 草稿 / 定稿

编辑：
Ctrl+Z / Ctrl+Y&#x3000;撤销 / 重做
Ctrl+F&#x3000;查找
Ctrl+H&#x3000;替换
Enter&#x3000;另起一段</source>
        <translation>Section tree:
Insert / Ctrl+Enter  add a section after this one
Ctrl+Shift+Enter  add a sub-section
F2  rename
Delete  delete the section
Ctrl+↑ / Ctrl+↓  move up / down
Ctrl+← / Ctrl+→  promote / demote
Ctrl+1 / 2 / 3  status: to write / draft / final

Editing:
Ctrl+Z / Ctrl+Y  undo / redo
Ctrl+F  find
Ctrl+H  replace
Enter  new paragraph</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>报告属性</source>
        <translation>Report properties</translation>
    </message>
    <message>
        <source>如：区委、区政府（可不填）</source>
        <translation>e.g. 区委、区政府 (optional)</translation>
    </message>
    <message>
        <source>注明成文日期</source>
        <translation>Date the report</translation>
    </message>
    <message>
        <source>标题(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>主送机关(&amp;R)：</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>署名(&amp;S)：</source>
        <translation>&amp;Signature:</translation>
    </message>
    <message>
        <source>成文日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <source>开头语，一行一段</source>
        <translation>Opening, one paragraph per line</translation>
    </message>
    <message>
        <source>结束语，一行一段（可不填）</source>
        <translation>Closing, one paragraph per line (optional)</translation>
    </message>
    <message>
        <source>开头语(&amp;P)：</source>
        <translation>O&amp;pening:</translation>
    </message>
    <message>
        <source>结束语(&amp;C)：</source>
        <translation>&amp;Closing:</translation>
    </message>
    <message>
        <source>开头和结尾</source>
        <translation>Opening and closing</translation>
    </message>
    <message>
        <source>第 %1 级标题：</source>
        <translation>Level %1 headings:</translation>
    </message>
    <message>
        <source>标题编号</source>
        <translation>Heading numbers</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>正在读取 %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>导入去年报告</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>已打开</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>输入文字</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>重命名章节</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <source>设置部分</source>
        <translation>Set part</translation>
    </message>
    <message>
        <source>设置状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>添加章节</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>添加下级章节</source>
        <translation>Add sub-section</translation>
    </message>
    <message>
        <source>新章节</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>删除章节“%1”</source>
        <translation>Delete section “%1”</translation>
    </message>
    <message>
        <source>移动章节</source>
        <translation>Move section</translation>
    </message>
    <message>
        <source>上移章节</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <source>下移章节</source>
        <translation>Move section down</translation>
    </message>
    <message>
        <source>章节升级</source>
        <translation>Promote section</translation>
    </message>
    <message>
        <source>章节降级</source>
        <translation>Demote section</translation>
    </message>
    <message>
        <source>修改报告属性</source>
        <translation>Change report properties</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>RollForwardDialog</name>
    <message>
        <source>以去年报告为基础新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去年的报告(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件读取(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取 .docx / .doc / .txt 格式的去年报告（Ctrl+O）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认沿用去年报告的单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新报告年度(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation type="unfinished">&amp;Organization:</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation type="unfinished">&amp;New</translation>
    </message>
    <message>
        <source>资料库中还没有报告：请从文件读取去年的报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取 %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：%1  （%2年，%3 节）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已读取 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始写作(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新建《%1》。去年各节的正文作为参考放在每节旁边；去年的 %2 项工作安排已列为待落实清单。请核对程序改动的年份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation type="unfinished">(untitled)</translation>
    </message>
    <message>
        <source>（没有改动：标题、各级标题和开头结尾中没有需要顺延的年份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对改动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>在左侧的章节树中选择一个章节开始写作。

Insert 添加章节 · F2 重命名 · Ctrl+↑/↓ 移动 · Ctrl+←/→ 升级/降级</source>
        <translation>Choose a section in the tree on the left to start writing.

Insert add section · F2 rename · Ctrl+↑/↓ move · Ctrl+←/→ promote/demote</translation>
    </message>
    <message>
        <source>章节标题</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <source>部分：</source>
        <translation>Part:</translation>
    </message>
    <message>
        <source>（不属于五部分）</source>
        <translation>(none of the five parts)</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>在这里写正文：一行一段，按 Enter 另起一段。</source>
        <translation>Write the text here: one paragraph per line, Enter starts a new paragraph.</translation>
    </message>
    <message>
        <source>去年参考</source>
        <translation>Last year&apos;s text</translation>
    </message>
    <message>
        <source>去年同一节的原文，只作参考；双击把段落插入正文</source>
        <translation>Last year&apos;s text of this section, for reference; double-click a paragraph to insert it</translation>
    </message>
    <message>
        <source>插入所选段落</source>
        <translation>Insert selected paragraph</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>写作提示：</source>
        <translation>Guidance: </translation>
    </message>
    <message>
        <source>本节 %1 字</source>
        <translation>This section %1 chars</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>添加同级章节</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>在所选章节之后添加一个同级章节</source>
        <translation>Add a section after the selected one</translation>
    </message>
    <message>
        <source>添加下级章节</source>
        <translation>Add sub-section</translation>
    </message>
    <message>
        <source>在所选章节之下添加一个下级章节</source>
        <translation>Add a sub-section under the selected one</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>删除章节…</source>
        <translation>Delete section…</translation>
    </message>
    <message>
        <source>删除所选章节及其下级章节（可撤销）</source>
        <translation>Delete the selected section and its sub-sections (can be undone)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>升级</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>把章节提高一级</source>
        <translation>Move the section one level up</translation>
    </message>
    <message>
        <source>降级</source>
        <translation>Demote</translation>
    </message>
    <message>
        <source>把章节降低一级，放到上一节之下</source>
        <translation>Move the section one level down, under the section above</translation>
    </message>
    <message>
        <source>设置部分</source>
        <translation>Set part</translation>
    </message>
    <message>
        <source>（不属于五部分）</source>
        <translation>(none of the five parts)</translation>
    </message>
    <message>
        <source>设置状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>删除章节“%1”？</source>
        <translation>Delete section “%1”?</translation>
    </message>
    <message>
        <source>
它的 %1 个下级章节也将一并删除。</source>
        <translation>
Its %1 sub-sections will be deleted with it.</translation>
    </message>
    <message>
        <source>删除章节</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <source>删除后可以用“撤销”（Ctrl+Z）恢复。</source>
        <translation>You can bring it back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>章节</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>字数</source>
        <translation>Chars</translation>
    </message>
    <message>
        <source>部分：%1</source>
        <translation>Part: %1</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>字数：%1（另有标点 %2）</source>
        <translation>Characters: %1 (plus %2 punctuation)</translation>
    </message>
    <message>
        <source>这一节还没有正文</source>
        <translation>This section has no text yet</translation>
    </message>
    <message>
        <source>拖动章节</source>
        <translation>Drag section</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>快照</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>选择一个快照，在这里预览它的提纲和正文</source>
        <translation>Choose a snapshot to preview its outline and text here</translation>
    </message>
    <message>
        <source>创建快照(&amp;N)…</source>
        <translation>&amp;New snapshot…</translation>
    </message>
    <message>
        <source>恢复到此快照(&amp;R)…</source>
        <translation>&amp;Restore this snapshot…</translation>
    </message>
    <message>
        <source>快照保存整篇报告当时的样子。恢复前会先自动为当前内容拍一个快照，所以恢复也可以反悔。</source>
        <translation>A snapshot keeps the whole report as it was. Restoring first takes a snapshot of the current state, so a restore can be undone too.</translation>
    </message>
    <message>
        <source>（无说明）</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>创建快照</source>
        <translation>New snapshot</translation>
    </message>
    <message>
        <source>快照说明（如“送领导审阅前”）：</source>
        <translation>Label (e.g. “before the leaders review it”):</translation>
    </message>
    <message>
        <source>恢复快照</source>
        <translation>Restore snapshot</translation>
    </message>
    <message>
        <source>把报告恢复到 %1 的快照“%2”？</source>
        <translation>Restore the report to the snapshot “%2” of %1?</translation>
    </message>
    <message>
        <source>当前内容会先自动保存为一个快照，恢复之后仍可找回。</source>
        <translation>The current state is saved as a snapshot first, so nothing is lost.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>成文 — 开始</source>
        <translation>Chengwen — Start</translation>
    </message>
    <message>
        <source>新建报告（五部分模板）</source>
        <translation>New report (five-part template)</translation>
    </message>
    <message>
        <source>如：某某区统计局</source>
        <translation>e.g. 某某区统计局</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>打开已有报告</source>
        <translation>Open a report</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>章节</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>资料库里还没有报告。</source>
        <translation>The library has no reports yet.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>资料库正在使用</source>
        <translation>Library in use</translation>
    </message>
    <message>
        <source>可能在另一个窗口或另一台电脑上开着成文。可以只读打开（只能查看，不能修改），或者退出。</source>
        <translation>Chengwen may be open in another window or on another computer. You can open the library read-only (look, but not change anything) or quit.</translation>
    </message>
    <message>
        <source>只读打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>资料库文件已损坏，也无法移到一旁：%1</source>
        <translation>The library file is damaged and cannot be moved aside: %1</translation>
    </message>
    <message>
        <source>从最近的备份恢复</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <source>新建空资料库</source>
        <translation>Start an empty library</translation>
    </message>
    <message>
        <source>损坏的文件没有删除，已改名保存为：
%1</source>
        <translation>The damaged file was not deleted; it was renamed to:
%1</translation>
    </message>
    <message>
        <source>最近的备份：%1</source>
        <translation>Newest backup: %1</translation>
    </message>
    <message>
        <source>资料库已损坏</source>
        <translation>Library damaged</translation>
    </message>
    <message>
        <source>请检查数据目录的权限或磁盘空间，或用 --data-dir 指定另一个目录。</source>
        <translation>Check the permissions of the data directory and the free disk space, or choose another directory with --data-dir.</translation>
    </message>
    <message>
        <source>无法打开资料库：%1</source>
        <translation>Cannot open the library: %1</translation>
    </message>
    <message>
        <source>成文无法启动</source>
        <translation>Chengwen cannot start</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>选择去年的报告</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
