<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>编辑活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>新增活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>如 4月3日、4月3日至5日、7-9月、12月</source>
        <translation>As written in reports, e.g. 4月3日、4月3日至5日、7-9月、12月</translation>
    </message>
    <message>
        <source>如 执法检查=32家；培训=900人次</source>
        <translation>e.g. 执法检查=32家；培训=900人次 (name=figure, separated by ；)</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>类别(&amp;C)：</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>事项(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>内容(&amp;M)：</source>
        <translation>Details (&amp;M):</translation>
    </message>
    <message>
        <source>数据(&amp;F)：</source>
        <translation>&amp;Figures:</translation>
    </message>
    <message>
        <source>所属部分(&amp;P)：</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>（未能识别为日期，将按原样保存）</source>
        <translation>(not recognised as a date; it is kept as written)</translation>
    </message>
    <message>
        <source>活动台账</source>
        <translation>Activity ledger</translation>
    </message>
    <message>
        <source>事项不能为空。</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <source>日期无法识别或不存在：%1</source>
        <translation>Date not recognised or not a real date: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>筛选事项、内容或日期</source>
        <translation>Filter by title, details or date</translation>
    </message>
    <message>
        <source>标出报告未提及的(&amp;U)</source>
        <translation>Mark &amp;unmentioned</translation>
    </message>
    <message>
        <source>高亮本报告年度中、报告正文尚未写到的活动</source>
        <translation>Highlight activities of the report's year that the report does not mention yet</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>插入为句子(&amp;S)</source>
        <translation>Insert as &amp;sentence</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>新增(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>编辑(&amp;C)…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>导入Excel(&amp;O)…</source>
        <translation>Imp&amp;ort Excel…</translation>
    </message>
    <message>
        <source>导出Excel(&amp;X)…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>全部部分</source>
        <translation>All parts</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>报告中尚未提及：</source>
        <translation>Not yet mentioned in the report: </translation>
    </message>
    <message>
        <source>%1 条活动</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <source>，其中 %1 条报告未提及</source>
        <translation>, %1 not mentioned in the report</translation>
    </message>
    <message>
        <source>活动台账</source>
        <translation>Activity ledger</translation>
    </message>
    <message>
        <source>正在查找报告未提及的活动…</source>
        <translation>Looking for activities the report does not mention yet…</translation>
    </message>
    <message>
        <source>删除这条活动？</source>
        <translation>Delete this activity?</translation>
    </message>
    <message>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>台账导入完成：%1</source>
        <translation>Ledger import done: %1</translation>
    </message>
    <message>
        <source>……另有 %1 行</source>
        <translation>… and %1 more rows</translation>
    </message>
</context>
<context>
    <name>BodyMenu</name>
    <message>
        <source>插入常用语…</source>
        <translation>Insert phrase…</translation>
    </message>
    <message>
        <source>插入台账活动…</source>
        <translation>Insert ledger activity…</translation>
    </message>
    <message>
        <source>查找所选文字</source>
        <translation>Find the selected text</translation>
    </message>
    <message>
        <source>加入常用语…</source>
        <translation>Add to phrases…</translation>
    </message>
    <message>
        <source>剪切</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>指导思想</source>
        <translation>Guiding thought</translation>
    </message>
    <message>
        <source>过渡</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>成效</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>打算</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>学法</source>
        <translation>Studying law</translation>
    </message>
    <message>
        <source>普法宣传</source>
        <translation>Legal publicity</translation>
    </message>
    <message>
        <source>执法检查</source>
        <translation>Enforcement inspection</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>制度建设</source>
        <translation>Rules and systems</translation>
    </message>
    <message>
        <source>督察整改</source>
        <translation>Inspection and rectification</translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <source>检查进程意外结束（the checks' worker process ended unexpectedly）</source>
        <translation>The checks' worker process ended unexpectedly</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>由当前章节回应(&amp;L)</source>
        <translation>&amp;Link to current section</translation>
    </message>
    <message>
        <source>把所选事项标记为已落实，并记下回应它的章节（当前正在编辑的章节）</source>
        <translation>Mark the selected item as done and record the section that answers it (the section being edited)</translation>
    </message>
    <message>
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>
    → 回应于 %1</source>
        <translation>
    → answered in %1</translation>
    </message>
    <message>
        <source>这篇报告没有去年的工作安排清单（以去年报告为基础新建时自动生成）。</source>
        <translation>This report has no checklist of last year's plans (it is made when a report is created from last year's).</translation>
    </message>
    <message>
        <source>去年报告中的工作安排 %1 项，已落实 %2 项。勾选已落实的事项；选中后按“由当前章节回应”记下写在哪一节。</source>
        <translation>Last year's report planned %1 tasks; %2 done. Tick the tasks done; select one and press “Link to current section” to record where it is answered.</translation>
    </message>
    <message>
        <source>勾选去年打算</source>
        <translation>Tick last year's plan</translation>
    </message>
    <message>
        <source>关联去年打算</source>
        <translation>Link last year's plan</translation>
    </message>
    <message>
        <source>去年的打算要由正文的某一节回应：请先在章节树中选中那一节</source>
        <translation>A plan of last year is answered by a section of the body: select that section in the tree first</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>缺少部分</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <source>部分顺序</source>
        <translation>Part order</translation>
    </message>
    <message>
        <source>标题编号</source>
        <translation>Heading numbers</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>标点</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <source>引号括号配对</source>
        <translation>Paired quotes and brackets</translation>
    </message>
    <message>
        <source>重复句子</source>
        <translation>Repeated sentences</translation>
    </message>
    <message>
        <source>沿用去年文字</source>
        <translation>Text carried over from last year</translation>
    </message>
    <message>
        <source>空章节</source>
        <translation>Empty sections</translation>
    </message>
    <message>
        <source>篇幅</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>报送公开期限</source>
        <translation>Submission and publication deadlines</translation>
    </message>
    <message>
        <source>不足年年相同</source>
        <translation>Shortcomings repeated from last year</translation>
    </message>
    <message>
        <source>成效空泛</source>
        <translation>Results without specifics</translation>
    </message>
    <message>
        <source>去年打算无下文</source>
        <translation>Last year's plans not reported on</translation>
    </message>
    <message>
        <source>用语规范</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>数字用法</source>
        <translation>Number usage</translation>
    </message>
    <message>
        <source>数据不一致</source>
        <translation>Inconsistent figures</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>尚未检查</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>重新检查(&amp;Q)</source>
        <translation>Recheck (&amp;Q)</translation>
    </message>
    <message>
        <source>忽略此处(&amp;B)</source>
        <translation>Dismiss here (&amp;B)</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>检查出错：%1</source>
        <translation>Checks failed: %1</translation>
    </message>
    <message>
        <source>添加此部分</source>
        <translation>Add this part</translation>
    </message>
    <message>
        <source>在规定的位置添加这一部分（空白、待写，可撤销）</source>
        <translation>Add this part where the regulation puts it (empty, to write; can be undone)</translation>
    </message>
    <message>
        <source>立即重新检查（F7）</source>
        <translation>Check again now (F7)</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Checks to run</translation>
    </message>
    <message>
        <source>恢复已忽略的问题</source>
        <translation>Restore ignored findings</translation>
    </message>
    <message>
        <source>不再提示所选问题（Delete）</source>
        <translation>Stop showing the selected finding (Delete)</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>全文</source>
        <translation>Whole report</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>没有打开的报告</source>
        <translation>No report open</translation>
    </message>
    <message>
        <source>没有发现问题</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <source>转到此处</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>忽略此处</source>
        <translation>Ignore here</translation>
    </message>
    <message>
        <source>关闭“%1”检查</source>
        <translation>Turn off the “%1” check</translation>
    </message>
</context>
<context>
    <name>ChecksRoom</name>
    <message>
        <source>检查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>运行检查(&amp;C)</source>
        <translation>Run &amp;checks</translation>
    </message>
    <message>
        <source>立即检查全文并显示检查面板</source>
        <translation>Check the whole report now and show the checks panel</translation>
    </message>
    <message>
        <source>用语规则(&amp;W)…</source>
        <translation>&amp;Wording rules…</translation>
    </message>
    <message>
        <source>“用语规范”检查的内置规则和自定规则：启用、停用、添加、导入、导出</source>
        <translation>Built-in and your own rules of the Wording check: enable, disable, add, import, export</translation>
    </message>
    <message>
        <source>报告缺少第%1部分“%2”。在规定的位置添加这一部分（空白、待写）？</source>
        <translation>The report lacks part %1, “%2”. Add it where the regulation puts it (empty, to write)?</translation>
    </message>
    <message>
        <source>添加此部分</source>
        <translation>Add this part</translation>
    </message>
    <message>
        <source>添加后可以用“撤销”（Ctrl+Z）撤回。</source>
        <translation>You can take it back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>修改没有保存</source>
        <translation>The changes were not saved</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>修改仍保留在内存中，窗口不会关闭。腾出磁盘空间后点“重试”，或者把报告另存到其他位置（如另一个磁盘或 U 盘）。详细情况已写入日志文件。</source>
        <translation>Your changes are still kept in memory and the window stays open. Free some disk space and click “Retry”, or save the report to another place (another disk or a USB stick). The details are in the log file.</translation>
    </message>
    <message>
        <source>已另存一份到：%1</source>
        <translation>A copy was saved to: %1</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>另存到其他位置…</source>
        <translation>Save elsewhere…</translation>
    </message>
    <message>
        <source>不保存退出</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <source>修改尚未保存</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message>
        <source>资料库里不会有这些修改；另存的副本在：%1</source>
        <translation>The library will not have these changes; the saved copy is in: %1</translation>
    </message>
    <message>
        <source>上次保存以后的修改将会丢失，无法找回。</source>
        <translation>The changes since the last save will be lost for good.</translation>
    </message>
    <message>
        <source>确定不保存就退出吗？</source>
        <translation>Quit without saving?</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>选择另存的文件夹</source>
        <translation>Choose a folder for the copy</translation>
    </message>
    <message>
        <source>（未保存的修改 %1）</source>
        <translation> (unsaved changes %1)</translation>
    </message>
    <message>
        <source>另存到其他位置</source>
        <translation>Save elsewhere</translation>
    </message>
    <message>
        <source>已另存</source>
        <translation>Saved elsewhere</translation>
    </message>
    <message>
        <source>报告已另存到：%1</source>
        <translation>The report was saved to: %1</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>保存修改对照</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx);;网页 (*.html)</source>
        <translation>Word document (*.docx);;Web page (*.html)</translation>
    </message>
    <message>
        <source>比较版本</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>重新比较(&amp;R)</source>
        <translation>&amp;Compare again</translation>
    </message>
    <message>
        <source>报告改动之后，按当前内容重新比较</source>
        <translation>Compare again with the report as it is now, after further edits</translation>
    </message>
    <message>
        <source>保存修改对照(&amp;S)…</source>
        <translation>&amp;Save the comparison…</translation>
    </message>
    <message>
        <source>把两个版本的差别存为 Word 或网页文件，可打印给领导看</source>
        <translation>Save the differences as a Word or web file, to print for the leaders</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>原版本(&amp;F)：</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>新版本(&amp;T)：</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>F8 下一处 · Shift+F8 上一处 · 点击一处修改即在左侧章节树中选中该节</source>
        <translation>F8 next · Shift+F8 previous · clicking a change selects its section in the tree</translation>
    </message>
    <message>
        <source>当前内容</source>
        <translation>The report now</translation>
    </message>
    <message>
        <source>没有这个快照：%1</source>
        <translation>No such snapshot: %1</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>%1（修改对照）.docx</source>
        <translation>%1 (comparison).docx</translation>
    </message>
    <message>
        <source>正在保存 %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>修改对照已保存：%1</source>
        <translation>Comparison saved: %1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>合并显示</source>
        <translation>Inline</translation>
    </message>
    <message>
        <source>左右对照</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>上一处(&amp;P)</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>下一处(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>共 {0} 处修改</source>
        <translation>{0} changes</translation>
    </message>
    <message>
        <source>两个版本没有差别</source>
        <translation>The two versions are the same</translation>
    </message>
    <message>
        <source>插入</source>
        <translation>inserted</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>改写</source>
        <translation>reworded</translation>
    </message>
    <message>
        <source>改标题</source>
        <translation>heading changed</translation>
    </message>
    <message>
        <source>新增一节</source>
        <translation>section added</translation>
    </message>
    <message>
        <source>删除一节</source>
        <translation>section removed</translation>
    </message>
    <message>
        <source>移动一节</source>
        <translation>section moved</translation>
    </message>
    <message>
        <source>批注</source>
        <translation>comment</translation>
    </message>
</context>
<context>
    <name>CountTargets</name>
    <message>
        <source>共%1 / %2</source>
        <translation>all %1 / %2</translation>
    </message>
    <message>
        <source>第%1部分正文 %2 字，字数目标 %3 字</source>
        <translation>Part %1: %2 characters of body text, target %3</translation>
    </message>
    <message>
        <source>（本节 %1 字）</source>
        <translation> (this section %1)</translation>
    </message>
</context>
<context>
    <name>CrashBox</name>
    <message>
        <source>成文</source>
        <translation>Chengwen</translation>
    </message>
    <message>
        <source>这一步没有完成；已保存的内容不受影响，可以继续工作。</source>
        <translation>This step did not finish; what was saved is not affected and you can go on working.</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>详细情况已写入日志：%1</source>
        <translation>The details are in the log: %1</translation>
    </message>
    <message>
        <source>打开日志所在文件夹</source>
        <translation>Open the log's folder</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>程序出错：%1</source>
        <translation>Program error: %1</translation>
    </message>
</context>
<context>
    <name>EditorRoom</name>
    <message>
        <source>章节树</source>
        <translation>Section tree</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body text</translation>
    </message>
    <message>
        <source>另起一段</source>
        <translation>New paragraph</translation>
    </message>
    <message>
        <source>从标题行到正文</source>
        <translation>From the heading line to the body</translation>
    </message>
    <message>
        <source>缩放正文</source>
        <translation>Zoom the body text</translation>
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
        <source>章节(&amp;S)</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>放大正文(&amp;I)</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>缩小正文(&amp;O)</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>正文原始大小(&amp;0)</source>
        <translation>&amp;Actual size</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>年度未知</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>从五部分模板开始写今年的报告</source>
        <translation>Start this year's report from the five-part template</translation>
    </message>
    <message>
        <source>以去年报告为基础新建</source>
        <translation>New from last year's report</translation>
    </message>
    <message>
        <source>沿用去年的结构，年份顺延，去年的正文放在旁边作参考</source>
        <translation>Last year's structure, years moved on, last year's text beside each section</translation>
    </message>
    <message>
        <source>导入去年报告</source>
        <translation>Import last year's report</translation>
    </message>
    <message>
        <source>读入 Word、WPS、PDF 或文本格式的报告</source>
        <translation>Read a report in Word, WPS, PDF or text format</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>打开资料库里已有的报告</source>
        <translation>Open a report already in the library</translation>
    </message>
    <message>
        <source>成文 · 法治政府建设情况报告</source>
        <translation>Chengwen · annual rule-of-law government report</translation>
    </message>
    <message>
        <source>还没有打开报告。从这里开始：</source>
        <translation>No report is open. Start here:</translation>
    </message>
    <message>
        <source>最近的报告</source>
        <translation>Recent reports</translation>
    </message>
</context>
<context>
    <name>EndNodes</name>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>正在导出 %1 …</source>
        <translation>Exporting %1 …</translation>
    </message>
    <message>
        <source>导出为 Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>导出为 Excel</source>
        <translation>Export as Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>导出网页版</source>
        <translation>Export web version</translation>
    </message>
    <message>
        <source>网页文件 (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>普通版</source>
        <translation>plain version</translation>
    </message>
    <message>
        <source>正式行文版</source>
        <translation>formal version</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>公开版</source>
        <translation>public version</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>打开文件(&amp;O)</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹(&amp;F)</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已导出%1：%2（保存在 %3）</source>
        <translation>Exported %1: %2 (saved in %3)</translation>
    </message>
    <message>
        <source>%1失败</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>导出时出错：%1</source>
        <translation>Export error: %1</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
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
        <source>已替换 1 处，可撤销</source>
        <translation>Replaced 1, can be undone</translation>
    </message>
    <message>
        <source>已替换 1 处，还有 %1 处</source>
        <translation>Replaced 1, %1 left</translation>
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
    <name>FindingText</name>
    <message>
        <source>“{wrong}”应为“{right}”{why}</source>
        <translation>“{wrong}” should be “{right}”{why}</translation>
    </message>
    <message>
        <source>与{source}中的段落完全相同，照搬的文字请改写或更新</source>
        <translation>Identical to a paragraph in {source}; rewrite or update copied text</translation>
    </message>
    <message>
        <source>去年报告的打算“{plan}”在今年报告中没有下文，请在第一部分写明落实情况，或在“去年打算的落实情况”中关联到相应章节</source>
        <translation>Last year's plan “{plan}” is not followed up this year: report on it in part 1, or link it to a section in “Last year's plans”</translation>
    </message>
    <message>
        <source>成效写得空泛：{count}字中没有数字、日期、文件名或活动名，请补上做了几次、多少人、哪天、依据哪个文件等具体内容</source>
        <translation>Vague results: {count} characters without a number, date, document or event; add how often, how many, when and under which document</translation>
    </message>
    <message>
        <source>标点重复：“{marks}”</source>
        <translation>Repeated punctuation: “{marks}”</translation>
    </message>
    <message>
        <source>这一不足与去年报告“{place}”所列基本相同，请写明去年以来采取了哪些整改措施、为什么仍然存在</source>
        <translation>This shortcoming is nearly the same as in last year's report (“{place}”): say what was done since and why it remains</translation>
    </message>
    <message>
        <source>这句与去年报告“{place}”中的句子只差年份或数字，请改写，写出今年的新情况</source>
        <translation>This sentence differs from last year's (“{place}”) only in years or numbers; rewrite it with this year's facts</translation>
    </message>
    <message>
        <source>“约”“近”与“余”“多”不能同时使用，应写作“{right}”</source>
        <translation>Do not combine “约/近” with “余/多”; write “{right}”</translation>
    </message>
    <message>
        <source>以月日命名的日子用间隔号，应写作“{right}”</source>
        <translation>A day named by its date takes a middle dot; write “{right}”</translation>
    </message>
    <message>
        <source>台账中{activity}记为{name}{ledger}{unit}，报告写的是{this}{unit}，请核对</source>
        <translation>The ledger has {activity} as {name}{ledger}{unit}, the report says {this}{unit}; please check</translation>
    </message>
    <message>
        <source>同一数据前后不一致：“{place}”写的是{name}{first}{unit}，这里是{this}{unit}，请核对后统一</source>
        <translation>The same figure differs: “{place}” says {name}{first}{unit}, here {this}{unit}; make them agree</translation>
    </message>
    <message>
        <source>数值范围用浪纹线或一字线，不用连字符，应写作“{right}”</source>
        <translation>A range takes a wave dash or en dash, not a hyphen; write “{right}”</translation>
    </message>
    <message>
        <source>日期中的月、日不加前导零，应写作“{right}”</source>
        <translation>No leading zero in month or day; write “{right}”</translation>
    </message>
    <message>
        <source>汉字数字年份中的零应写作“〇”，应写作“{right}”</source>
        <translation>Zero in a year written in Chinese numerals is “〇”; write “{right}”</translation>
    </message>
    <message>
        <source>省略号应写作“……”（两个“…”），不用“{wrong}”</source>
        <translation>An ellipsis is “……” (two “…”), not “{wrong}”</translation>
    </message>
    <message>
        <source>破折号应写作“——”（两个“—”），不用单个“—”</source>
        <translation>A dash is “——” (two “—”), not a single “—”</translation>
    </message>
    <message>
        <source>并列的书名号或引号之间不用顿号，请删去“、”</source>
        <translation>No “、” between listed titles or quotations; delete it</translation>
    </message>
    <message>
        <source>日期不存在：%1</source>
        <translation>No such date: %1</translation>
    </message>
    <message>
        <source>这一节还没有正文</source>
        <translation>This section has no text yet</translation>
    </message>
    <message>
        <source>缺少第%1部分“%2”：没有哪个一级标题对应这一部分</source>
        <translation>Part %1 “%2” is missing: no top-level heading covers it</translation>
    </message>
    <message>
        <source>编号跳号：“%1”之前缺少“%2”</source>
        <translation>Numbering skips: “%2” is missing before “%1”</translation>
    </message>
    <message>
        <source>句子重复，前面（%1）已出现过</source>
        <translation>Repeated sentence, already in %1</translation>
    </message>
    <message>
        <source>%1 缺少对应的 %2（引号、括号不配对）</source>
        <translation>%1 has no matching %2 (unpaired quotes or brackets)</translation>
    </message>
    <message>
        <source>半角“%1”应改为全角“%2”</source>
        <translation>Half-width “%1” should be full-width “%2”</translation>
    </message>
    <message>
        <source>出现%1年，距报告年度%2年较远；如不是历史引用，请核对是否沿用了旧文字</source>
        <translation>%1 is far from the report year %2; unless it is history, check for old text</translation>
    </message>
    <message>
        <source>出现上一年度%1年，请确认不是去年报告的旧文字</source>
        <translation>Last year %1 appears; make sure it is not old text from last year's report</translation>
    </message>
    <message>
        <source>篇幅远短于同级各节（%1字，同级一般%2字）</source>
        <translation>Much shorter than its siblings (%1 characters; siblings usually %2)</translation>
    </message>
    <message>
        <source>标题末尾不用句号</source>
        <translation>No full stop at the end of a heading</translation>
    </message>
</context>
<context>
    <name>FormalFieldsForm</name>
    <message>
        <source>如：西青区统计局文件，或 西青区统计局</source>
        <translation>e.g. 西青区统计局文件, or 西青区统计局</translation>
    </message>
    <message>
        <source>如：西青统〔2025〕3号</source>
        <translation>e.g. 西青统〔2025〕3号</translation>
    </message>
    <message>
        <source>插入六角括号〔〕（年份写在其中）</source>
        <translation>Insert the hexagonal brackets 〔〕 (the year goes inside)</translation>
    </message>
    <message>
        <source>上行文须注明签发人姓名</source>
        <translation>An upward document names who signed it</translation>
    </message>
    <message>
        <source>如：区委依法治区办，区司法局（可不填）</source>
        <translation>e.g. 区委依法治区办，区司法局 (optional)</translation>
    </message>
    <message>
        <source>如：西青区统计局办公室</source>
        <translation>e.g. 西青区统计局办公室</translation>
    </message>
    <message>
        <source>如：2025年2月25日</source>
        <translation>e.g. 2025年2月25日</translation>
    </message>
    <message>
        <source>发文机关标志(&amp;M)：</source>
        <translation>Issuer &amp;mark:</translation>
    </message>
    <message>
        <source>发文字号(&amp;N)：</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>签发人(&amp;S)：</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>抄送(&amp;C)：</source>
        <translation>&amp;Copies to:</translation>
    </message>
    <message>
        <source>印发机关(&amp;P)：</source>
        <translation>&amp;Printed by:</translation>
    </message>
    <message>
        <source>印发日期(&amp;D)：</source>
        <translation>Printing &amp;date:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>单位/年度/日期：</source>
        <translation>Organization / year / date:</translation>
    </message>
    <message>
        <source>缺少部分：</source>
        <translation>Missing parts:</translation>
    </message>
    <message>
        <source>所选一行识别出的各段文字：粗体为标题，〔正文〕为正文</source>
        <translation>The paragraphs recognised for the selected row: headings in bold, body text marked 〔正文〕</translation>
    </message>
    <message>
        <source>升一级(&amp;L)</source>
        <translation>Promote (&amp;L)</translation>
    </message>
    <message>
        <source>升一级（Ctrl+←）</source>
        <translation>Promote one level (Ctrl+←)</translation>
    </message>
    <message>
        <source>降一级(&amp;R)</source>
        <translation>Demote (&amp;R)</translation>
    </message>
    <message>
        <source>降一级（Ctrl+→）</source>
        <translation>Demote one level (Ctrl+→)</translation>
    </message>
    <message>
        <source>并入上文(&amp;M)</source>
        <translation>&amp;Merge into previous</translation>
    </message>
    <message>
        <source>这不是标题：把它并回上一节的正文（Ctrl+M）</source>
        <translation>Not a heading: merge it back into the text of the section above (Ctrl+M)</translation>
    </message>
    <message>
        <source>一级标题对应的部分</source>
        <translation>The part a top-level heading belongs to</translation>
    </message>
    <message>
        <source>部分(&amp;P)：</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>转为简体(&amp;J)</source>
        <translation>Convert to simplified (&amp;J)</translation>
    </message>
    <message>
        <source>把标题、各级标题和正文中的繁体字转为简体字</source>
        <translation>Convert the traditional characters of the title, headings and body text to simplified ones</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>识别出的文字(&amp;T)：</source>
        <translation>Recognised &amp;text:</translation>
    </message>
    <message>
        <source>确定导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（没有需要注意的地方）</source>
        <translation>(nothing to note)</translation>
    </message>
    <message>
        <source>开头：标题、主送机关、导语</source>
        <translation>Opening: title, recipient, preamble</translation>
    </message>
    <message>
        <source>结尾：结束语、落款、日期</source>
        <translation>End: closing, signature, date</translation>
    </message>
    <message>
        <source>（未识别出标题）</source>
        <translation>(no title recognised)</translation>
    </message>
    <message>
        <source>无日期</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>已转为简体</source>
        <translation>Converted to simplified</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>无法读取文件：%1（%2）</source>
        <translation>Cannot read the file %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewText</name>
    <message>
        <source>报送函：报告前的来函，其主送机关、日期和标题不是报告的</source>
        <translation>Covering letter: a letter before the report; its recipient, date and title are not the report's</translation>
    </message>
    <message>
        <source>网页文字：粘在标题后面的发布时间、来源或网站名称</source>
        <translation>Web page text: the publication date, source or site name glued to the title</translation>
    </message>
    <message>
        <source>在预览中指定</source>
        <translation>Chosen in the preview</translation>
    </message>
    <message>
        <source>（未识别出标题）</source>
        <translation>(no title recognised)</translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>主送机关</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>导语</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>（标题之后直接是第一个标题，没有导语）</source>
        <translation>(the first heading follows the title directly: no preamble)</translation>
    </message>
    <message>
        <source>结束语</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>落款</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>（没有识别出结束语、落款或日期）</source>
        <translation>(no closing, signature or date recognised)</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>……以下还有 %1 段（选中下级标题查看）</source>
        <translation>… %1 more lines below (select a subheading to see them)</translation>
    </message>
</context>
<context>
    <name>ImportRoom</name>
    <message>
        <source>导入去年报告(&amp;I)…</source>
        <translation>&amp;Import last year's report…</translation>
    </message>
    <message>
        <source>报告文件 (*.docx *.doc *.wps *.pdf *.ofd *.html *.htm *.mht *.mhtml *.txt);;Word 文档 (*.docx *.doc *.wps);;PDF 或 OFD (*.pdf *.ofd);;网页 (*.html *.htm *.mht *.mhtml);;文本文件 (*.txt);;所有文件 (*)</source>
        <translation>Reports (*.docx *.doc *.wps *.pdf *.ofd *.html *.htm *.mht *.mhtml *.txt);;Word documents (*.docx *.doc *.wps);;PDF or OFD (*.pdf *.ofd);;Web pages (*.html *.htm *.mht *.mhtml);;Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>导入 Word、PDF、OFD、网页或文本格式的报告</source>
        <translation>Import a report as Word, PDF, OFD, web page or text</translation>
    </message>
    <message>
        <source>从剪贴板导入(&amp;B)</source>
        <translation>Import from clip&amp;board</translation>
    </message>
    <message>
        <source>把从网页或文档复制的报告全文导入</source>
        <translation>Import a whole report copied from a web page or document</translation>
    </message>
    <message>
        <source>导入去年报告</source>
        <translation>Import last year's report</translation>
    </message>
    <message>
        <source>从剪贴板导入</source>
        <translation>Import from clipboard</translation>
    </message>
    <message>
        <source>剪贴板里没有文字。请先复制报告全文。</source>
        <translation>The clipboard holds no text. Copy the whole report first.</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>已导入“%1”（%2 节），并打开</source>
        <translation>Imported “%1” (%2 sections) and opened it</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>LedgerMappingDialog</name>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>导入台账：列对应</source>
        <translation>Import ledger: columns</translation>
    </message>
    <message>
        <source>%1(&amp;%2)：</source>
        <translation>%1 (&amp;%2):</translation>
    </message>
    <message>
        <source>未写年度的行记为(&amp;Y)：</source>
        <translation>&amp;Year for rows without one:</translation>
    </message>
    <message>
        <source>请为每一项选择表格中的列（“事项”必选）：</source>
        <translation>Choose the spreadsheet column for each field (“Title” is required):</translation>
    </message>
    <message>
        <source>请选择“事项”所在的列。</source>
        <translation>Choose the column that holds the “Title”.</translation>
    </message>
    <message>
        <source>同一列被选了两次：%1</source>
        <translation>A column is chosen twice: %1</translation>
    </message>
</context>
<context>
    <name>LibraryRoom</name>
    <message>
        <source>常用语</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>活动台账</source>
        <translation>Activity ledger</translation>
    </message>
    <message>
        <source>搜索常用语(&amp;P)…</source>
        <translation>Search &amp;phrases…</translation>
    </message>
    <message>
        <source>打开常用语并把光标放到搜索框；Enter 插入，Esc 回到正文</source>
        <translation>Open Phrases with the cursor in the search box; Enter inserts, Esc returns to the text</translation>
    </message>
    <message>
        <source>从活动台账插入(&amp;A)…</source>
        <translation>Insert from the &amp;activity ledger…</translation>
    </message>
    <message>
        <source>打开活动台账并把光标放到筛选框</source>
        <translation>Open the Activity ledger with the cursor in the filter box</translation>
    </message>
    <message>
        <source>从本报告收集常用语(&amp;H)…</source>
        <translation>&amp;Harvest phrases from this report…</translation>
    </message>
    <message>
        <source>从当前报告中挑出可以反复使用的句子，确认后加入常用语</source>
        <translation>Pick reusable sentences from this report and, after review, add them to Phrases</translation>
    </message>
    <message>
        <source>从本报告提取活动到台账(&amp;E)…</source>
        <translation>&amp;Extract activities from this report…</translation>
    </message>
    <message>
        <source>把当前报告中带日期或数字的句子作为活动，确认后加入台账</source>
        <translation>Take the sentences of this report that carry dates or figures as activities and, after review, add them to the ledger</translation>
    </message>
    <message>
        <source>把所选文字加入常用语(&amp;D)…</source>
        <translation>A&amp;dd selection to phrases…</translation>
    </message>
    <message>
        <source>把正文中选中的文字存为一条常用语</source>
        <translation>Keep the text selected in the body as a phrase</translation>
    </message>
    <message>
        <source>常用语和活动台账</source>
        <translation>Phrases and activity ledger</translation>
    </message>
    <message>
        <source>插入所选</source>
        <translation>Insert the selection</translation>
    </message>
    <message>
        <source>回到正文</source>
        <translation>Back to the body text</translation>
    </message>
    <message>
        <source>先在左侧选择要插入的章节</source>
        <translation>First choose the section to insert into, on the left</translation>
    </message>
    <message>
        <source>收集常用语</source>
        <translation>Harvest phrases</translation>
    </message>
    <message>
        <source>这篇报告中没有找到适合反复使用的句子。</source>
        <translation>No reusable sentences were found in this report.</translation>
    </message>
    <message>
        <source>从《%1》中找到 %2 句可以反复使用的话（年份和单位已换成 {年度} {单位} 等变量）。勾选要加入常用语的句子：</source>
        <translation>Found %2 reusable sentences in “%1” (years and the organization are replaced by variables such as {年度} {单位}). Tick the sentences to add to Phrases:</translation>
    </message>
    <message>
        <source>本报告</source>
        <translation>this report</translation>
    </message>
    <message>
        <source>加入常用语</source>
        <translation>Add to Phrases</translation>
    </message>
    <message>
        <source>已把 %1 条句子加入常用语（常用语面板，Ctrl+K）</source>
        <translation>Added %1 sentences to the phrases (phrase panel, Ctrl+K)</translation>
    </message>
    <message>
        <source>先在正文中选中要加入常用语的文字</source>
        <translation>First select the text to keep as a phrase</translation>
    </message>
    <message>
        <source>已加入常用语（%1）</source>
        <translation>Added to phrases (%1)</translation>
    </message>
    <message>
        <source>已把 %1 条活动记入 %2 年的活动台账</source>
        <translation>Recorded %1 activities in the %2 activity ledger</translation>
    </message>
    <message>
        <source>提取活动</source>
        <translation>Extract activities</translation>
    </message>
    <message>
        <source>这篇报告中没有找到带日期或数字的活动。</source>
        <translation>No activities with dates or figures were found in this report.</translation>
    </message>
    <message>
        <source>（无日期）</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>在《%1》中找到 %2 条带日期或数字的活动，将记入 %3 年的台账。勾选要记入的条目：</source>
        <translation>Found %2 activities with dates or figures in “%1”; they go into the ledger for %3. Tick the ones to record:</translation>
    </message>
    <message>
        <source>提取活动到台账</source>
        <translation>Extract activities to the ledger</translation>
    </message>
    <message>
        <source>记入台账</source>
        <translation>Add to ledger</translation>
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
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>立即保存（平时随写随存）</source>
        <translation>Save now (everything is saved as you type anyway)</translation>
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
        <translation>&amp;Replace…</translation>
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
        <source>插入(&amp;I)</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>报告(&amp;R)</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>审阅(&amp;W)</source>
        <translation>Revie&amp;w</translation>
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
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言将在下次启动成文时切换。</source>
        <translation>The interface language changes the next time Chengwen starts.</translation>
    </message>
    <message>
        <source>本节正文 %1 字</source>
        <translation>Section body: %1 characters</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>关于成文</source>
        <translation>About Chengwen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;成文 Chengwen&lt;/h3&gt;&lt;p&gt;法治政府建设情况报告写作助手：按五部分模板起草，章节自动编号，随写随存，可随时拍快照、恢复。&lt;/p&gt;&lt;p&gt;全部数据保存在本机，不联网。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chengwen 成文&lt;/h3&gt;&lt;p&gt;A drafting assistant for the annual report on rule-of-law government construction: draft from the five-part template, sections number themselves, everything is saved as you type, snapshots can be taken and restored at any time.&lt;/p&gt;&lt;p&gt;All data stays on this computer; nothing goes online.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageRoom</name>
    <message>
        <source>另存为新报告(&amp;A)…</source>
        <translation>Save &amp;As a New Report…</translation>
    </message>
    <message>
        <source>把当前报告另存为一篇新的草稿（快照记录从新报告开始）</source>
        <translation>Save the open report as a new draft (its snapshot history starts afresh)</translation>
    </message>
    <message>
        <source>重命名报告(&amp;M)…</source>
        <translation>Rena&amp;me Report…</translation>
    </message>
    <message>
        <source>修改当前报告的标题</source>
        <translation>Change the open report's title</translation>
    </message>
    <message>
        <source>删除报告(&amp;D)…</source>
        <translation>&amp;Delete Report…</translation>
    </message>
    <message>
        <source>把当前报告移到回收站（可以在“打开报告”中恢复）</source>
        <translation>Move the open report to the recycle bin (restore it from Open report)</translation>
    </message>
    <message>
        <source>已另存为新报告，现在打开的是新报告</source>
        <translation>Saved as a new report; the new report is open now</translation>
    </message>
    <message>
        <source>删除报告</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>把《%1》移到回收站？</source>
        <translation>Move “%1” to the recycle bin?</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>可以在“打开报告”的回收站中恢复。</source>
        <translation>You can restore it from the recycle bin in Open report.</translation>
    </message>
    <message>
        <source>移到回收站</source>
        <translation>Move to recycle bin</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MissingPartsMenu</name>
    <message>
        <source>添加缺少的部分</source>
        <translation>Add a missing part</translation>
    </message>
    <message>
        <source>添加此部分：%1</source>
        <translation>Add this part: %1</translation>
    </message>
    <message>
        <source>在规定的位置添加这一部分（空白、待写，可撤销）</source>
        <translation>Add this part where the regulation puts it (empty, to write; can be undone)</translation>
    </message>
</context>
<context>
    <name>OutputRoom</name>
    <message>
        <source>发文机关标志</source>
        <translation>issuing authority mark</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>signed off by</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>printed by</translation>
    </message>
    <message>
        <source>印发日期</source>
        <translation>print date</translation>
    </message>
    <message>
        <source>标准字体（GB/T 9704）</source>
        <translation>Standard fonts (GB/T 9704)</translation>
    </message>
    <message>
        <source>Windows 常见字体（仿宋、楷体、黑体）</source>
        <translation>Common Windows fonts (FangSong, KaiTi, SimHei)</translation>
    </message>
    <message>
        <source>导出为 Word(&amp;W)…</source>
        <translation>Export as &amp;Word…</translation>
    </message>
    <message>
        <source>按 GB/T 9704 公文格式导出 .docx</source>
        <translation>Export a .docx in the GB/T 9704 official document format</translation>
    </message>
    <message>
        <source>导出为 Excel(&amp;E)…</source>
        <translation>Export as E&amp;xcel…</translation>
    </message>
    <message>
        <source>提纲、分部分字数、活动台账和数据对比</source>
        <translation>Outline, character counts by part, activity ledger and figures compared</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>导出网页版(&amp;H)…</source>
        <translation>Export &amp;web version…</translation>
    </message>
    <message>
        <source>供网站公开的 .html 文件（不含版头、版记和签发人）</source>
        <translation>An .html file for publication on the website (no letterhead, colophon or signer)</translation>
    </message>
    <message>
        <source>打印预览(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>草稿页眉带日期和版本</source>
        <translation>Drafts carry the date and version in the header</translation>
    </message>
    <message>
        <source>打印(&amp;T)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>公文版式(&amp;F)</source>
        <translation>Document &amp;fonts</translation>
    </message>
    <message>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>正式行文需要填写：%1。</source>
        <translation>A formal document needs: %1.</translation>
    </message>
    <message>
        <source>正式行文需要填写或改正：%1（发文字号应如 西青统〔2025〕3号）。</source>
        <translation>A formal document needs, filled in or corrected: %1 (a document number looks like 西青统〔2025〕3号).</translation>
    </message>
    <message>
        <source>填写报告属性(&amp;P)…</source>
        <translation>Fill in report &amp;properties…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法导出正式行文</source>
        <translation>Cannot export the formal document</translation>
    </message>
    <message>
        <source>版头和版记按 GB/T 9704 排版，这些内容不能空缺。</source>
        <translation>The letterhead and colophon follow GB/T 9704; none of these may be left empty.</translation>
    </message>
</context>
<context>
    <name>Part</name>
    <message>
        <source>举措成效</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>不足原因</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>第一责任人</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>明年安排</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PartName</name>
    <message>
        <source>主要举措和成效</source>
        <translation>Main measures and results</translation>
    </message>
    <message>
        <source>不足和原因</source>
        <translation>Shortcomings and their causes</translation>
    </message>
    <message>
        <source>第一责任人履职情况</source>
        <translation>First responsible person's duties</translation>
    </message>
    <message>
        <source>下一年度主要安排</source>
        <translation>Main arrangements for next year</translation>
    </message>
    <message>
        <source>其他需要报告的情况</source>
        <translation>Other matters to report</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>编辑常用语</source>
        <translation>Edit phrase</translation>
    </message>
    <message>
        <source>新建常用语</source>
        <translation>New phrase</translation>
    </message>
    <message>
        <source>可用变量：{年度} {上一年度} {下一年度} {单位} {日期}</source>
        <translation>Variables: {年度} year, {上一年度} last year, {下一年度} next year, {单位} organization, {日期} date</translation>
    </message>
    <message>
        <source>多个标签用顿号或逗号分隔</source>
        <translation>Separate tags with 、 or commas</translation>
    </message>
    <message>
        <source>内容(&amp;T)：</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>分类(&amp;C)：</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>标签(&amp;G)：</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>恢复原文(&amp;R)</source>
        <translation>&amp;Restore original</translation>
    </message>
    <message>
        <source>常用语</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>内容不能为空。</source>
        <translation>The text cannot be empty.</translation>
    </message>
</context>
<context>
    <name>PhrasePanel</name>
    <message>
        <source>搜索常用语：汉字、拼音首字母（zfjc）或全拼</source>
        <translation>Search phrases: Chinese, pinyin initials (zfjc) or full pinyin</translation>
    </message>
    <message>
        <source>只显示收藏的常用语</source>
        <translation>Show favourite phrases only</translation>
    </message>
    <message>
        <source>新建(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>★ 收藏(&amp;Y)</source>
        <translation>★ Favourites onl&amp;y</translation>
    </message>
    <message>
        <source>插入(&amp;P)</source>
        <translation>Insert &amp;phrase</translation>
    </message>
    <message>
        <source>编辑(&amp;G)…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>删除(&amp;M)</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>收藏/取消(&amp;K)</source>
        <translation>Mar&amp;k favourite</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>分类：%1　标签：%2　使用 %3 次</source>
        <translation>Category: %1  Tags: %2  Used %3 times</translation>
    </message>
    <message>
        <source>%1 条</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>隐藏这条内置常用语？（可在编辑中恢复原文）</source>
        <translation>Hide this built-in phrase? (Edit can restore the original.)</translation>
    </message>
    <message>
        <source>删除这条常用语？</source>
        <translation>Delete this phrase?</translation>
    </message>
    <message>
        <source>常用语</source>
        <translation>Phrases</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>首页</source>
        <translation>First</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>末页</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>适合页面</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>排版失败：%1</source>
        <translation>Layout failed: %1</translation>
    </message>
    <message>
        <source>正在排版…</source>
        <translation>Laying out pages…</translation>
    </message>
    <message>
        <source>/ %1 页</source>
        <translation>/ %1 pages</translation>
    </message>
    <message>
        <source>/ 正在排版（已排 %1 页）</source>
        <translation>/ laying out (%1 pages so far)</translation>
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
        <source>yyyy年M月d日</source>
        <translation>MMMM d, yyyy</translation>
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
    <message>
        <source>字数目标</source>
        <translation>Character targets</translation>
    </message>
    <message>
        <source>正式行文</source>
        <translation>Formal document</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>全选(&amp;A)</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>全不选(&amp;N)</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>采用所选</source>
        <translation>Use selected</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>正在读取 %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>从剪贴板导入</source>
        <translation>Import from clipboard</translation>
    </message>
    <message>
        <source>导入去年报告</source>
        <translation>Import last year's report</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>来源（导入的去年报告）</source>
        <translation>Sources (imported reports of past years)</translation>
    </message>
    <message>
        <source>（没有）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>管理报告…</source>
        <translation>Manage reports…</translation>
    </message>
    <message>
        <source>全部报告、来源和回收站：重命名、另存、删除、恢复</source>
        <translation>All reports, sources and the recycle bin: rename, copy, delete, restore</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
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
        <source>公文标题最多四级（一、（一）1.（1）），不能再添加下级章节</source>
        <translation>Official documents number at most four heading levels: no further subsection</translation>
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
        <source>公文标题最多四级（一、（一）1.（1）），不能再往下移</source>
        <translation>Official documents number at most four heading levels: it cannot move further down</translation>
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
        <source>添加第%1部分</source>
        <translation>Add part %1</translation>
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
    <name>ReportList</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>章节</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>草稿（最近打开的在前）</source>
        <translation>Drafts (recently opened first)</translation>
    </message>
    <message>
        <source>正在写的报告：新建、以去年报告为基础新建或另存的</source>
        <translation>Reports being written: new, started from last year's report, or saved as a copy</translation>
    </message>
    <message>
        <source>来源（导入的去年报告）</source>
        <translation>Sources (imported reports of past years)</translation>
    </message>
    <message>
        <source>导入的往年报告，作为新建报告的基础和参考；可以在右键菜单中改为草稿</source>
        <translation>Imported reports of past years, the basis and reference for new reports; the context menu can make one a draft</translation>
    </message>
    <message>
        <source>回收站（%1）</source>
        <translation>Recycle bin (%1)</translation>
    </message>
    <message>
        <source>删除的报告在这里，可以恢复；只有清空回收站或彻底删除才会真正删除</source>
        <translation>Deleted reports wait here and can be restored; only emptying the bin or deleting for good removes them</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>最近打开过</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>清空回收站…</source>
        <translation>Empty the recycle bin…</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>彻底删除…</source>
        <translation>Delete for good…</translation>
    </message>
    <message>
        <source>改为来源（去年的报告）</source>
        <translation>Mark as a source (a past year's report)</translation>
    </message>
    <message>
        <source>改为草稿</source>
        <translation>Mark as a draft</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>另存为新报告…</source>
        <translation>Save as a new report…</translation>
    </message>
    <message>
        <source>删除（移到回收站）</source>
        <translation>Delete (to the recycle bin)</translation>
    </message>
</context>
<context>
    <name>ReportManager</name>
    <message>
        <source>年度未知</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>成文</source>
        <translation>Chengwen</translation>
    </message>
    <message>
        <source>重命名报告</source>
        <translation>Rename report</translation>
    </message>
    <message>
        <source>新的标题：</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>另存为新报告</source>
        <translation>Save as a new report</translation>
    </message>
    <message>
        <source>新报告的标题（快照记录从新报告开始）：</source>
        <translation>Title of the new report (its snapshot history starts afresh):</translation>
    </message>
    <message>
        <source>%1（副本）</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>已移到回收站：可以在“打开报告”的回收站中恢复</source>
        <translation>Moved to the recycle bin: restore it from the bin in Open report</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>彻底删除《%1》？</source>
        <translation>Delete “%1” for good?</translation>
    </message>
    <message>
        <source>报告和它的全部快照都将删除，不能恢复。</source>
        <translation>The report and all its snapshots will be deleted and cannot be restored.</translation>
    </message>
    <message>
        <source>清空回收站</source>
        <translation>Empty the recycle bin</translation>
    </message>
    <message>
        <source>清空回收站？其中的 %1 篇报告将彻底删除。</source>
        <translation>Empty the recycle bin? The %1 reports in it will be deleted for good.</translation>
    </message>
    <message>
        <source>报告和它们的全部快照都将删除，不能恢复。</source>
        <translation>The reports and all their snapshots will be deleted and cannot be restored.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>领导修改稿：%1</source>
        <translation>Reviewed draft: %1</translation>
    </message>
    <message>
        <source>报告当前内容</source>
        <translation>The report as it is now</translation>
    </message>
    <message>
        <source>对照的底稿(&amp;B)：</source>
        <translation>Compared with &amp;draft:</translation>
    </message>
    <message>
        <source>修改稿是从哪一稿改出来的：默认是导出这份 Word 时自动拍的快照</source>
        <translation>The draft the reviewed file was made from: by default the snapshot taken when this Word file was exported</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改为 / 批注</source>
        <translation>After / comment</translation>
    </message>
    <message>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>接受所选(&amp;A)</source>
        <translation>&amp;Accept selected</translation>
    </message>
    <message>
        <source>拒绝所选(&amp;R)</source>
        <translation>&amp;Reject selected</translation>
    </message>
    <message>
        <source>全部接受</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>全部拒绝</source>
        <translation>Reject all</translation>
    </message>
    <message>
        <source>改动写进报告；批注保留为该节的备注（不导出）</source>
        <translation>The change goes into the report; a comment is kept as a note of its section (never exported)</translation>
    </message>
    <message>
        <source>不采纳：报告不变，这一处从列表中去掉</source>
        <translation>Not taken: the report stays as it is and the change leaves the list</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>没有处理的修改会留在报告里，随时可以从“审阅 → 待处理的领导修改”再打开。接受之前会先拍快照，可用“审阅 → 撤销合并”整体撤回。</source>
        <translation>Changes not handled stay with the report: reopen them any time with Review → Pending changes. A snapshot is taken before anything is accepted; Review → Undo the merge takes it all back.</translation>
    </message>
    <message>
        <source>插入</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>改写</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>改标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>新增一节</source>
        <translation>Section added</translation>
    </message>
    <message>
        <source>删除一节</source>
        <translation>Section removed</translation>
    </message>
    <message>
        <source>移动一节</source>
        <translation>Section moved</translation>
    </message>
    <message>
        <source>批注</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>Tracked</translation>
    </message>
    <message>
        <source>直接修改</source>
        <translation>Untracked</translation>
    </message>
    <message>
        <source>待处理 %1 处</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <source>没有待处理的修改</source>
        <translation>No pending changes</translation>
    </message>
    <message>
        <source>&lt;p&gt;批注于：“%1”&lt;/p&gt;&lt;p&gt;批注：%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;On: “%1”&lt;/p&gt;&lt;p&gt;Comment: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;从 %1 移到 %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Moved from %1 to %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>导入领导修改稿</source>
        <translation>Merge a reviewed draft</translation>
    </message>
</context>
<context>
    <name>ReviewRoom</name>
    <message>
        <source>导入领导修改稿</source>
        <translation>Merge a reviewed draft</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>比较版本(&amp;C)…</source>
        <translation>&amp;Compare versions…</translation>
    </message>
    <message>
        <source>比较两个版本（快照或当前内容），逐处查看改动，可保存修改对照</source>
        <translation>Compare two versions (snapshots or the report now) change by change; the comparison can be saved</translation>
    </message>
    <message>
        <source>下一处修改(&amp;N)</source>
        <translation>&amp;Next change</translation>
    </message>
    <message>
        <source>上一处修改(&amp;P)</source>
        <translation>&amp;Previous change</translation>
    </message>
    <message>
        <source>导入领导修改稿(&amp;I)…</source>
        <translation>&amp;Merge a reviewed draft…</translation>
    </message>
    <message>
        <source>选择领导改过（修订、批注）的 Word 文件，逐处接受或拒绝</source>
        <translation>Pick the Word file a leader marked up (tracked changes, comments) and accept or reject each change</translation>
    </message>
    <message>
        <source>待处理的领导修改(&amp;L)…</source>
        <translation>Pending &amp;changes…</translation>
    </message>
    <message>
        <source>再打开上次没有处理完的修改</source>
        <translation>Reopen the changes left pending</translation>
    </message>
    <message>
        <source>撤销合并(&amp;U)…</source>
        <translation>&amp;Undo the merge…</translation>
    </message>
    <message>
        <source>把报告恢复到合并领导修改稿之前</source>
        <translation>Restore the report as it was before the reviewed draft was merged</translation>
    </message>
    <message>
        <source>这篇报告有 %1 处领导修改待处理（审阅 → 待处理的领导修改）</source>
        <translation>This report has %1 pending changes from a reviewed draft (Review → Pending changes)</translation>
    </message>
    <message>
        <source>比较版本</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>导出、打印或在“快照”里手动创建快照之后，就可以和它比较。</source>
        <translation>Once the report was exported or printed, or a snapshot was taken, it can be compared with it.</translation>
    </message>
    <message>
        <source>正在比对 %1…</source>
        <translation>Comparing %1…</translation>
    </message>
    <message>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>已接受 %1 处，拒绝 %2 处，还有 %3 处待处理</source>
        <translation>%1 accepted, %2 rejected, %3 pending</translation>
    </message>
    <message>
        <source>。合并前已拍快照，可用“审阅 → 撤销合并”撤回</source>
        <translation>. A snapshot was taken before the merge: Review → Undo the merge takes it back</translation>
    </message>
    <message>
        <source>待处理的领导修改</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <source>这篇报告没有待处理的领导修改。</source>
        <translation>This report has no pending changes from a reviewed draft.</translation>
    </message>
    <message>
        <source>找不到修改稿 %1，可能已移走或改名。请用“导入领导修改稿”重新选择它。</source>
        <translation>The reviewed file %1 is not there any more (moved or renamed?). Pick it again with Merge a reviewed draft.</translation>
    </message>
    <message>
        <source>撤销合并</source>
        <translation>Undo the merge</translation>
    </message>
    <message>
        <source>把报告恢复到合并“%1”之前的样子？</source>
        <translation>Restore the report as it was before “%1” was merged?</translation>
    </message>
    <message>
        <source>合并之后的改动（包括接受的修改）都会撤回；当前内容会先自动拍快照，之后仍可在“快照”里找回。</source>
        <translation>Every change since the merge (the accepted ones too) is undone; the current content is kept in a snapshot first and can be found again under Snapshots.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已撤销合并：报告恢复到合并“%1”之前，修改稿的 %2 处修改重新待处理</source>
        <translation>Merge undone: the report is as it was before “%1”; its %2 changes are pending again</translation>
    </message>
</context>
<context>
    <name>RollForwardDialog</name>
    <message>
        <source>报告文件 (*.docx *.doc *.wps *.pdf *.ofd *.html *.htm *.mht *.mhtml *.txt);;所有文件 (*)</source>
        <translation>Reports (*.docx *.doc *.wps *.pdf *.ofd *.html *.htm *.mht *.mhtml *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>无法读取文件：%1（%2）</source>
        <translation>Cannot read the file %1 (%2)</translation>
    </message>
    <message>
        <source>选择去年的报告</source>
        <translation>Choose last year's report</translation>
    </message>
    <message>
        <source>以去年报告为基础新建</source>
        <translation>New from last year's report</translation>
    </message>
    <message>
        <source>去年的报告(&amp;L)：</source>
        <translation>&amp;Last year's report:</translation>
    </message>
    <message>
        <source>从文件读取(&amp;F)…</source>
        <translation>Read from &amp;file…</translation>
    </message>
    <message>
        <source>读取 .docx / .doc / .txt 格式的去年报告（Ctrl+O）</source>
        <translation>Read last year's report from a .docx, .doc or .txt file (Ctrl+O)</translation>
    </message>
    <message>
        <source>默认沿用去年报告的单位</source>
        <translation>Default: the organization of last year's report</translation>
    </message>
    <message>
        <source>新报告年度(&amp;Y)：</source>
        <translation>&amp;Year of the new report:</translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>补全五部分(&amp;P)：</source>
        <translation>Complete the five &amp;parts:</translation>
    </message>
    <message>
        <source>《法治政府建设与责任落实督察工作规定》要求的部分中去年报告没有的，勾选的将作为空白、待写的章节添加在规定的位置</source>
        <translation>Parts the regulation requires that last year's report lacks; the ticked ones are added as empty sections to write, where the regulation puts them</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>[%1 节]</source>
        <translation>[%1 sections]</translation>
    </message>
    <message>
        <source>资料库中还没有报告：请从文件读取去年的报告。</source>
        <translation>The library has no reports yet: read last year's report from a file.</translation>
    </message>
    <message>
        <source>添加第%1部分“%2”（空白、待写）</source>
        <translation>Add part %1, “%2” (empty, to write)</translation>
    </message>
    <message>
        <source>（去年的报告五部分齐全）</source>
        <translation>(last year's report has all five parts)</translation>
    </message>
    <message>
        <source>正在读取 %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>无法读取文件</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>文件：%1  （%2年，%3 节）</source>
        <translation>File: %1  (%2, %3 sections)</translation>
    </message>
    <message>
        <source>已读取 %1：%2</source>
        <translation>Read %1: %2</translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation>Cannot create the report</translation>
    </message>
    <message>
        <source>开始写作(&amp;S)</source>
        <translation>&amp;Start writing</translation>
    </message>
    <message>
        <source>已新建《%1》。去年各节的正文作为参考放在每节旁边；去年的 %2 项工作安排已列为待落实清单。请核对程序改动的年份：</source>
        <translation>Created “%1”. Last year's text of each section is shown beside it for reference; last year's %2 planned tasks are listed as a checklist. Check the years the program changed:</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>已添加第%1部分“%2”：空白、待写，写作提示在编辑区上方</source>
        <translation>Added part %1, “%2”: empty, to write; the writing hint is above the editor</translation>
    </message>
    <message>
        <source>（没有改动：标题、各级标题和开头结尾中没有需要顺延的年份）</source>
        <translation>(no changes: the title, headings, opening and closing name no years to move on)</translation>
    </message>
    <message>
        <source>核对改动</source>
        <translation>Review changes</translation>
    </message>
</context>
<context>
    <name>RollForwardRoom</name>
    <message>
        <source>以去年报告为基础新建(&amp;L)…</source>
        <translation>New from &amp;last year's report…</translation>
    </message>
    <message>
        <source>沿用去年报告的结构，年份顺延，去年的正文作为参考</source>
        <translation>Keep last year's structure, move the years on, and keep last year's text for reference</translation>
    </message>
    <message>
        <source>沿用去年报告的结构，年份顺延，去年的正文放在每节旁边作参考</source>
        <translation>Keep last year's structure, move the years on, and show last year's text beside each section for reference</translation>
    </message>
    <message>
        <source>去年打算的落实情况</source>
        <translation>Last year's plans</translation>
    </message>
</context>
<context>
    <name>RuleEditDialog</name>
    <message>
        <source>编辑用语规则</source>
        <translation>Edit wording rule</translation>
    </message>
    <message>
        <source>添加用语规则</source>
        <translation>Add wording rule</translation>
    </message>
    <message>
        <source>如：法治机关</source>
        <translation>e.g. 法治机关</translation>
    </message>
    <message>
        <source>按正则表达式查找(&amp;R)</source>
        <translation>Find as a &amp;regular expression</translation>
    </message>
    <message>
        <source>如：法治政府</source>
        <translation>e.g. 法治政府</translation>
    </message>
    <message>
        <source>如：本单位统一提法（可不填）</source>
        <translation>e.g. our office's agreed wording (optional)</translation>
    </message>
    <message>
        <source>如：办公室通知（可不填）</source>
        <translation>e.g. an office notice (optional)</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>建议写作(&amp;S)：</source>
        <translation>&amp;Suggest:</translation>
    </message>
    <message>
        <source>理由(&amp;E)：</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>来源(&amp;O)：</source>
        <translation>S&amp;ource:</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>导入用语规则</source>
        <translation>Import wording rules</translation>
    </message>
    <message>
        <source>用语规则文件 (*.json)</source>
        <translation>Wording rules files (*.json)</translation>
    </message>
    <message>
        <source>导出用语规则</source>
        <translation>Export wording rules</translation>
    </message>
    <message>
        <source>用语规则</source>
        <translation>Wording rules</translation>
    </message>
    <message>
        <source>检查“用语规范”时使用的规则。勾选的规则生效；内置规则可以停用，自定规则可以编辑、删除，也可以导入、导出规则文件与同事共享。</source>
        <translation>The rules of the Wording check. Ticked rules apply; built-in rules can be switched off, your own rules edited and deleted, and rules files imported and exported to share them with colleagues.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>On</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>建议写作</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>添加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>自定</source>
        <translation>own</translation>
    </message>
    <message>
        <source>删除用语规则</source>
        <translation>Delete wording rules</translation>
    </message>
    <message>
        <source>删除 %1 条自定规则（%2）？</source>
        <translation>Delete %1 of your rules (%2)?</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法导入用语规则</source>
        <translation>Cannot import wording rules</translation>
    </message>
    <message>
        <source>导入 %1 条规则</source>
        <translation>Imported %1 rules</translation>
    </message>
    <message>
        <source>，%1 条已有</source>
        <translation>, %1 already there</translation>
    </message>
    <message>
        <source>用语规则.json</source>
        <translation>wording-rules.json</translation>
    </message>
    <message>
        <source>无法导出用语规则</source>
        <translation>Cannot export wording rules</translation>
    </message>
    <message>
        <source>已导出 %1 条规则：%2（保存在 %3）</source>
        <translation>Exported %1 rules: %2 (saved in %3)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>出错：%1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SaveErrorNotice</name>
    <message>
        <source>保存失败：修改仍在窗口中，成文会自动重试</source>
        <translation>Saving failed: the changes are still in the window and Chengwen keeps retrying</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>修改没有丢失，仍保留在窗口中，成文会每隔一会儿自动重试保存。如果磁盘已满，请腾出空间；也可以用“文件 → 导出”另存一份。</source>
        <translation>Nothing is lost: the changes are kept in the window and Chengwen retries saving every little while. If the disk is full, free some space; you can also save a copy with “File → Export”.</translation>
    </message>
    <message>
        <source>已恢复保存，修改都已写入资料库</source>
        <translation>Saving works again: all changes are in the library</translation>
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
        <translation>Last year's text</translation>
    </message>
    <message>
        <source>去年同一节的原文，只作参考；双击把段落插入正文</source>
        <translation>Last year's text of this section, for reference; double-click a paragraph to insert it</translation>
    </message>
    <message>
        <source>插入所选段落</source>
        <translation>Insert selected paragraph</translation>
    </message>
    <message>
        <source>采用全部（年份已改为今年）</source>
        <translation>Take it all (years moved to this year)</translation>
    </message>
    <message>
        <source>去年的%1（年份已改为今年）</source>
        <translation>Last year's %1 (years moved to this year)</translation>
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
        <source>正文 %1 字</source>
        <translation>Body: %1 characters</translation>
    </message>
    <message>
        <source>采用去年的%1</source>
        <translation>Take last year's %1</translation>
    </message>
</context>
<context>
    <name>SectionNotes</name>
    <message>
        <source>备注只留在成文里，不会导出或打印</source>
        <translation>Notes stay in Chengwen: they are never exported or printed</translation>
    </message>
    <message>
        <source>本节的备注，一行一条（领导批注可在“导入领导修改稿”时保留到这里）</source>
        <translation>Notes on this section, one a line (a leader's comments can be kept here when merging a reviewed draft)</translation>
    </message>
    <message>
        <source>备注（%1 条）</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>编辑备注</source>
        <translation>Edit notes</translation>
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
        <source>%1：不编号，总在正文之前或之后；状态：%2</source>
        <translation>%1: not numbered, always before or after the body; status: %2</translation>
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
        <source>备注 %1 条</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>与所比较的版本相比有改动</source>
        <translation>Changed in the comparison shown</translation>
    </message>
    <message>
        <source>拖动章节</source>
        <translation>Drag section</translation>
    </message>
</context>
<context>
    <name>SetAsidePanel</name>
    <message>
        <source>放回开头(&amp;H)</source>
        <translation>Put back into the &amp;opening</translation>
    </message>
    <message>
        <source>这段是报告的：把它放回标题之后的导语</source>
        <translation>This belongs to the report: put it back into the preamble after the title</translation>
    </message>
    <message>
        <source>已放在一边（不导入）(&amp;S)：</source>
        <translation>&amp;Set aside (not imported):</translation>
    </message>
    <message>
        <source>［不导入］%1</source>
        <translation>[not imported] %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>（没有放在一边的文字）</source>
        <translation>(nothing set aside)</translation>
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
        <source>比较(&amp;C)</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>选一个快照：与当前内容比较；选两个：比较这两个快照</source>
        <translation>One snapshot selected: compare it with the report now; two: compare them</translation>
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
        <source>单位(&amp;U)：</source>
        <translation>Organi&amp;zation:</translation>
    </message>
    <message>
        <source>从去年的报告开始</source>
        <translation>Start from last year's report</translation>
    </message>
    <message>
        <source>打开已有报告</source>
        <translation>Open a report</translation>
    </message>
    <message>
        <source>右键单击报告可以重命名、另存为新报告、删除或改变类别</source>
        <translation>Right-click a report to rename it, save it as a new report, delete it or change its kind</translation>
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
    <name>Status</name>
    <message>
        <source>待写</source>
        <translation>To write</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Final</translation>
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
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>损坏的资料库文件无法移到一旁，没有做任何改动：%1</source>
        <translation>The damaged library file could not be moved aside; nothing was changed: %1</translation>
    </message>
    <message>
        <source>移到一旁，新建空资料库</source>
        <translation>Move it aside and start an empty library</translation>
    </message>
    <message>
        <source>损坏的文件不会删除：无论选哪一项，它都会改名保存在原来的文件夹里（chengwen.db.corrupt-日期），以便日后找人修复。</source>
        <translation>The damaged file is never deleted: whichever you choose, it is kept under a new name in the same folder (chengwen.db.corrupt-date) so that it can be repaired later.</translation>
    </message>
    <message>
        <source>从最近的备份恢复</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <source>最近的备份：%1</source>
        <translation>Newest backup: %1</translation>
    </message>
    <message>
        <source>已从 %1 的备份恢复，此后的修改不在其中。</source>
        <translation>Restored from the backup of %1; later changes are not in it. </translation>
    </message>
    <message>
        <source>没有可用的备份。</source>
        <translation>There is no backup to restore.</translation>
    </message>
    <message>
        <source>资料库已损坏</source>
        <translation>Library damaged</translation>
    </message>
    <message>
        <source>资料库文件是空的</source>
        <translation>The library file is empty</translation>
    </message>
    <message>
        <source>损坏的文件已改名保存为：%1</source>
        <translation>The damaged file was kept as: %1</translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <source>资料库没有损坏，什么也没有丢失。请删除不需要的文件或清空回收站，腾出空间后点“重试”；也可以先只读打开，查看和导出报告。</source>
        <translation>The library is not damaged and nothing is lost. Delete files you do not need or empty the wastebasket, then click “Retry”; or open it read-only to view and export reports.</translation>
    </message>
    <message>
        <source>资料库是只读的</source>
        <translation>The library is read-only</translation>
    </message>
    <message>
        <source>可以只读打开，查看和导出报告。要修改报告，请让管理员恢复资料库文件和所在文件夹的写入权限，或把数据目录复制到可写的位置，再用 --data-dir 指定它。</source>
        <translation>You can open it read-only to view and export reports. To edit, ask your administrator to restore write permission on the library file and its folder, or copy the data directory somewhere writable and name it with --data-dir.</translation>
    </message>
    <message>
        <source>无法打开资料库</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <source>资料库文件本身没有被改动。请检查文件和数据目录的权限、磁盘或移动存储设备是否正常，然后点“重试”。</source>
        <translation>The library file itself was not changed. Check the permissions of the file and the data directory and that the disk or removable drive works, then click “Retry”.</translation>
    </message>
    <message>
        <source>这不是成文的资料库</source>
        <translation>This is not a Chengwen library</translation>
    </message>
    <message>
        <source>成文不会移动或修改它。请把它移到别处，或者用 --data-dir 指定另一个数据目录。</source>
        <translation>Chengwen will not move or change it. Move it elsewhere, or name another data directory with --data-dir.</translation>
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
    <message>
        <source>另一个成文正在使用这个资料库：这里只能查看，不能修改</source>
        <translation>Another Chengwen is using this library: you can view here but not edit</translation>
    </message>
    <message>
        <source>磁盘已满：这里只能查看和导出，不能修改。腾出空间后重新启动成文即可修改。</source>
        <translation>The disk is full: you can view and export here but not edit. Free some space and restart Chengwen to edit.</translation>
    </message>
    <message>
        <source>资料库文件是只读的：这里只能查看和导出，不能修改</source>
        <translation>The library file is read-only: you can view and export here but not edit</translation>
    </message>
    <message>
        <source>资料库无法写入：这里只能查看和导出，不能修改</source>
        <translation>The library cannot be written: you can view and export here but not edit</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>按汉字、字母和数字计（不计标点）。0 表示不设目标。结构树的字数列显示“现有 / 目标”，“检查”会指出远超或远少于目标的部分。</source>
        <translation>Counted in Chinese characters, letters and digits (punctuation not counted). 0 means no target. The tree's count column shows “now / target”; the checks point out parts far over or under their target.</translation>
    </message>
    <message>
        <source>全文(&amp;W)：</source>
        <translation>&amp;Whole report:</translation>
    </message>
    <message>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <source>不设</source>
        <translation>none</translation>
    </message>
    <message>
        <source> 字</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>现有 %1 字</source>
        <translation>%1 characters now</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>今天的例行检查发现资料库文件有损坏，这次没有备份。请先把正在写的报告导出（文件 → 导出）。下次启动成文时会提示从最近的备份恢复，损坏的文件会改名保留。</source>
        <translation>Today's routine check found damage in the library file, so no backup was made this time. First export the report you are writing (File → Export). The next time Chengwen starts it will offer to restore the newest backup; the damaged file is kept under another name.</translation>
    </message>
    <message>
        <source>资料库已损坏</source>
        <translation>The library is damaged</translation>
    </message>
    <message>
        <source>这次没有备份资料库：%1（报告照常保存）</source>
        <translation>No backup of the library this time: %1 (reports are saved as usual)</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <source>普通(&amp;P)</source>
        <translation>&amp;Plain</translation>
    </message>
    <message>
        <source>正式行文（版头版记）(&amp;F)</source>
        <translation>&amp;Formal (letterhead and colophon)</translation>
    </message>
    <message>
        <source>草稿(&amp;D)</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>公开（网站）(&amp;W)</source>
        <translation>Public (&amp;website)</translation>
    </message>
    <message>
        <source>报告正文，按公文格式排版</source>
        <translation>The report in official document layout</translation>
    </message>
    <message>
        <source>红色发文机关标志、发文字号和签发人、红线；末页版记（抄送、印发机关和日期）</source>
        <translation>Red issuing authority mark, document number and signer, red line; colophon on the last page (copies to, printed by and date)</translation>
    </message>
    <message>
        <source>每页页眉注明“草稿”、日期和稿次</source>
        <translation>Every page headed “draft” with the date and version</translation>
    </message>
    <message>
        <source>供网站公开：不含版头、版记和签发人</source>
        <translation>For the website: no letterhead, colophon or signer</translation>
    </message>
    <message>
        <source>导出哪种版本：</source>
        <translation>Which version to export:</translation>
    </message>
    <message>
        <source>选择保存位置…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>