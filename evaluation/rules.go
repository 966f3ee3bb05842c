package evaluation

import "slices"

// Rule describes one code the checker can report. Codes are stable: a code
// is never reused for another meaning, and a retired code stays retired.
type Rule struct {
	Code     string
	Severity Severity
	// Title is a short Chinese title; TitleEN its English rendering.
	Title   string
	TitleEN string
	// Doc explains, in English, what the rule checks and how.
	Doc string
}

// The codes, grouped by hundreds: 0xx general, 1xx sums, 2xx rates, 3xx
// scores and grades, 4xx scores recomputed from their 评分标准.
const (
	CodeWithinRounding   = "JX001"
	CodeComputedFormula  = "JX002"
	CodeNotANumber       = "JX003"
	CodeMissingNumber    = "JX004"
	CodeAmountUnit       = "JX005"
	CodeSourceSum        = "JX101"
	CodeNatureSum        = "JX102"
	CodeMatrixRow        = "JX103"
	CodeMatrixColumn     = "JX104"
	CodeAcrossBlocks     = "JX105"
	CodeAcrossSheets     = "JX106"
	CodeRate             = "JX201"
	CodeSpendingNoBudget = "JX202"
	CodeRateMissing      = "JX203"
	CodeRateScore        = "JX204"
	CodeScoreRange       = "JX301"
	CodeChildWeights     = "JX302"
	CodeWeightsTo100     = "JX303"
	CodeTotalWeight      = "JX304"
	CodeTotalScore       = "JX305"
	CodeSubtotal         = "JX306"
	CodeDeclaredTotal    = "JX307"
	CodeGrade            = "JX308"
	CodeGradeMissing     = "JX309"
	CodeScoreMissing     = "JX310"
	CodeRuleScore        = "JX401"
	CodeMissedFullMarks  = "JX402"
	CodeUnitMismatch     = "JX403"
	CodeRuleUnreadable   = "JX404"
)

// Rules returns the catalogue of every code, in code order.
func Rules() []Rule {
	rules := []Rule{
		{CodeWithinRounding, SeverityInfo, "合计在舍入误差范围内一致", "consistent within rounding",
			"A sum or a rate does not agree to the last place shown, but it agrees once every figure is read as the interval of values it may have been rounded from (±half a unit in its last place). Told apart from an exact pass; never an error."},
		{CodeComputedFormula, SeverityInfo, "公式无缓存值，已重新计算", "formulas recomputed",
			"The file holds formulas without their cached results (as files written by openpyxl or by excelize do). jixiao computed them before checking; the first such cell is named, the others are related."},
		{CodeNotANumber, SeverityError, "应填数字处不是数字", "not a number",
			"A cell the form needs as a number holds text or an error value (#DIV/0!, #REF!). The checks that need it are skipped."},
		{CodeMissingNumber, SeverityWarning, "缺少数值", "number missing",
			"A cell the form needs as a number is empty or holds a placeholder (—, /)."},
		{CodeAmountUnit, SeverityError, "金额单位与表头不符", "amount in another unit than its block",
			"An amount typed with a unit (2837900元, 283.79万) must be in the unit its block states: a 单位 label in the few rows above the block (单位：万元 at the end of its title row) or a unit in the block's labels (项目资金（万元）, 年初预算数(万元)). 万 and 万元 are the same unit; 元 in a 万元 block is not. Expected and the fix give the amount converted exactly into the block's unit by moving the decimal point (2837900元 is 283.79 in a 万元 block), shown with at least 2 places. Every other check (sums, rates, comparisons between blocks) then uses the converted amount, as if the fix had been typed, so one mistyped unit gives this one finding rather than a cascade of failed sums. An economic classification that states no unit is in the unit of the budget block on its sheet; a block that states no unit is not judged, and its amounts are used as written."},
		{CodeSourceSum, SeverityError, "资金来源合计不符", "sources do not add up",
			"财政拨款 + 上年结转资金 + 其他资金 must equal 年度资金总额, for every measure (年初预算数, 全年预算数, 全年执行数). Judged with intervals from the places shown."},
		{CodeNatureSum, SeverityError, "支出性质合计不符", "natures do not add up",
			"基本支出 + 项目支出 must equal 年度资金总额, for every measure."},
		{CodeMatrixRow, SeverityError, "支出经济分类横向合计不符", "economic classification row does not foot",
			"In the economic classification, each row's 合计 must equal the sum of its classes. When a row and a column both fail and one cell lies in both, the fix names that cell and the value that mends both."},
		{CodeMatrixColumn, SeverityError, "支出经济分类纵向合计不符", "economic classification column does not foot",
			"In the economic classification, each column's 合计 row must equal 基本支出 + 项目支出."},
		{CodeAcrossBlocks, SeverityError, "表内数据不一致", "blocks disagree",
			"The economic classification reports 全年执行数: its 基本支出, 项目支出 and 合计 totals must equal the 全年执行数 of the same lines in the budget block. When the two blocks state different units (元 and 万元) both are compared in the coarser one, and no fix is offered."},
		{CodeAcrossSheets, SeverityError, "跨表数据不一致", "sheets disagree",
			"The project sheets of a workbook together cannot report more 年度资金总额 than the department sheet's 项目支出, for every measure. Sheets that state different units are added up in the coarsest of them; a sheet that states none is taken to be in the department's unit."},
		{CodeRate, SeverityError, "执行率与金额不符", "execution rate does not follow from the amounts",
			"执行率 = 全年执行数 / 全年预算数, judged as intervals from the places shown. With a zero budget and no spending the rate may be blank, a dash or 0."},
		{CodeSpendingNoBudget, SeverityError, "预算为零却有支出", "spending against a zero budget",
			"全年执行数 is above zero while 全年预算数 is zero: no rate can follow."},
		{CodeRateMissing, SeverityWarning, "缺少执行率", "execution rate missing",
			"The budget is above zero but 执行率 is empty or a dash; the fix gives the rate."},
		{CodeRateScore, SeverityError, "执行率得分不符", "execution-rate score wrong",
			"The 执行率 score of a project sheet is min(执行率, 100%) × 分值, rounded to the places shown."},
		{CodeScoreRange, SeverityError, "得分超出分值范围", "score outside 0 to its weight",
			"Every score must lie between 0 and the indicator's weight (分值)."},
		{CodeChildWeights, SeverityError, "下级指标分值之和不等于上级分值", "child weights do not add up",
			"The weights of the 三级 indicators under a 一级 indicator must add up to the weight written in its label, such as 产出指标（50分）."},
		{CodeWeightsTo100, SeverityError, "分值合计不等于100", "weights do not add up to 100",
			"All weights of a form, the 执行率 weight of a project sheet included, must add up to 100."},
		{CodeTotalWeight, SeverityError, "分值合计行与明细不符", "weight total row wrong",
			"The 合计 / 总分 row's weight must equal the sum of the weights above it (plus the 执行率 weight on a project sheet)."},
		{CodeTotalScore, SeverityError, "得分合计与明细不符", "score total wrong",
			"The 合计 / 总分 row's score must equal the sum of the scores above it (plus the 执行率 score on a project sheet)."},
		{CodeSubtotal, SeverityError, "一级指标得分小计不符", "subtotal wrong",
			"A subtotal such as 履职效能得分 must equal the sum of the scores of its 三级 indicators."},
		{CodeDeclaredTotal, SeverityError, "自评总分与明细不符", "declared total wrong",
			"自评总分 must equal the sum of all scores of the form."},
		{CodeGrade, SeverityError, "评价等级与得分不符", "grade does not fit the score",
			"优 for 90 and above; 良 for 80 to under 90; 中 for 60 to under 80; 差 under 60. The bands are half-open: 89.99 is 良."},
		{CodeGradeMissing, SeverityWarning, "缺少评价等级", "grade missing",
			"The form has a 评价等级 label but no grade beside it, or none that reads as 优, 良, 中 or 差."},
		{CodeScoreMissing, SeverityWarning, "缺少得分", "score missing",
			"An indicator has a weight but no score."},
		{CodeRuleScore, SeverityError, "得分与评分标准不符", "score does not follow from its rule",
			"The score recomputed from the target, the actual value and the rule in 评分标准 (on a project sheet without one, the national default: full marks when the target is met, else proportional) differs from the declared score beyond rounding. Computed exactly, rounded half away from zero to the places shown."},
		{CodeMissedFullMarks, SeverityError, "未完成目标却得满分", "missed target given full marks",
			"The actual value falls short of the target, yet the indicator was given its full weight; the expected score is what the rule gives."},
		{CodeUnitMismatch, SeverityWarning, "目标值与实际值单位不一致", "target and actual in different units",
			"The target and the actual value are in different units (such as % against 个), so the score cannot be recomputed; the declared score is taken as given."},
		{CodeRuleUnreadable, SeverityInfo, "评分标准无法识别", "scoring rule not readable",
			"The 评分标准 text matches no pattern jixiao reads, so the score cannot be recomputed and is taken as given. Checklists that need a count a person gives (每发现一处问题扣1分) are counted as manual instead, without a finding."},
	}
	slices.SortFunc(rules, func(a, b Rule) int {
		if a.Code < b.Code {
			return -1
		}
		return 1
	})
	return rules
}

// LookupRule returns the rule of a code.
func LookupRule(code string) (Rule, bool) {
	for _, r := range Rules() {
		if r.Code == code {
			return r, true
		}
	}
	return Rule{}, false
}
