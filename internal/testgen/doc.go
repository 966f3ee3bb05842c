// Package testgen writes budget performance self-evaluation workbooks
// (预算绩效自评表) for tests: a Workbook describes the content as data, a
// Style chooses the layout variant, and Bytes or Write turn both into an
// .xlsx file with excelize. The output is deterministic: the same Workbook
// and Style always give the same bytes.
//
// Reference returns the content of testdata/haizhu-kexie-2023.xlsx; written
// with the zero Style it gives the same cell texts at the same addresses, the
// same merged ranges and the same number formats (only the formulas of the
// reference are left out, unless Style.Formulas asks for them). Tests start
// from it, plant a defect by changing one string, switch a Style option, and
// ask Layout where each logical value landed.
//
// # Values
//
// Every value is a string stored as given. A plain decimal ("283.79", "0",
// "-1.5", "1.1000000000000001") is stored as a number with the literal as
// its raw value; anything else ("76%", "≥40场", "—", "按期完成") is stored as
// text; "" leaves the cell blank. A number takes the format of its column:
// amounts "#,##0.00", scores "0.00", rates "0.00%", weights and free columns
// General. Percent, AsText and WithFormat override this for one value.
//
// # Layout keys
//
// Layout maps a logical key to the Position of the cell that holds (or, for
// a blank value, would hold) the value. Names in brackets are the model's
// strings with surrounding white space trimmed, never the text as written
// (so they are unaffected by HalfWidth, SplitLabels or the *Word options);
// every bracketed name may also be given as a 0-based index, and when two
// rows share a name the name key points at the first. <col> is one of the
// Column constants (initial, adjusted, executed, rate, weight, score,
// explanation, rule, target, actual, reason).
//
// Department sheet (部门整体支出绩效自评表):
//
//	dept.title  dept.period  dept.name.label  dept.name
//	dept.goal.label  dept.goal  dept.achieved.label  dept.achieved
//	dept.budget.title  dept.budget.unit  dept.budget.corner  dept.budget.header.<col>
//	dept.line[<Label>].label  dept.line[<Label>].<col>           (<col>: initial adjusted executed rate)
//	dept.matrix.title  dept.matrix.unit  dept.matrix.corner
//	dept.matrix.row[<RowLabel>]  dept.matrix.col[<ColLabel>]  dept.matrix[<RowLabel>][<ColLabel>]
//
// Score sheet (部门整体支出绩效评价评分表):
//
//	score.title  score.department
//	score.header.level1  score.header.level2  score.header.level3  score.header.<col>
//	score.row[<Level3>].level1  .level2  .level3  .<col>          (<col>: weight explanation rule target actual score reason)
//	score.sum.label  score.sum.weight  score.sum.score            (the 合计 row)
//	score.subtotal[<Label>].label  score.subtotal[<Label>]
//	score.total.label  score.total  score.grade.label  score.grade
//
// Project sheets (项目支出绩效自评表), i counting from 0 in Workbook.Projects:
//
//	project[i].title  project[i].period
//	project[i].name.label  project[i].name  project[i].department.label  project[i].department
//	project[i].unit.label  project[i].unit
//	project[i].fund.label  project[i].fund.header.<col>
//	project[i].fund[<Label>].label  project[i].fund[<Label>].<col>   (<col>: initial adjusted executed weight rate score)
//	project[i].goal.label  project[i].goal.header  project[i].goal  project[i].achieved.header  project[i].achieved
//	project[i].indicator.corner  project[i].indicator.label
//	project[i].indicator.header.level1  .level2  .level3  project[i].indicator.header.<col>
//	project[i].row[<Level3>].level1  .level2  .level3  .<col>     (<col>: target actual weight score reason)
//	project[i].total.label  project[i].total.weight  project[i].total.score
//	project[i].grade.label  project[i].grade
//
// Sheets of other families (FamilyForm: F3, F5, F6), i counting from 0 in
// Workbook.Families:
//
//	family[i].fund.label  family[i].fund[<Label>].label  family[i].fund[<Label>].<col>   (<col>: initial adjusted executed rate weight score)
//	family[i].row[<Level3>].level1  .level2  .level3  .<col>     (<col>: rule unit nature target actual weight score reason)
//	family[i].total.label  family[i].total.weight  family[i].total.score
//	family[i].declared.label  family[i].declared                 (F5: 自评总分 in the header)
//
// NationalProject (F1), HubeiProject (F3), ChongqingDepartment (F5) and
// HunanDepartment (F6) are clean workbooks in those families, modelled on
// the published tables of testdata/real.
//
// Examples against Reference() with the zero Style:
//
//	dept.matrix[基本支出][商品和服务支出]         → 部门整体支出绩效自评表!D16
//	dept.line[其中：财政拨款].rate                → 部门整体支出绩效自评表!E9
//	score.row[全国科普日主场活动参与人次].score   → 部门整体支出绩效评价评分表!I6
//	score.subtotal[履职效能得分]                  → 部门整体支出绩效评价评分表!B31
//	project[0].fund[年度资金总额].rate            → 项目支出绩效自评表!G6
//	project[0].row[参与公众满意度].score          → 项目支出绩效自评表!H19
//
// The 一级 and 二级 keys (level1, level2) of a row point at the cell that
// holds the label: the top-left cell of the merged range (or of the run of
// rows, with MergeNone), or the row's own cell with MergeRepeat.
package testgen
