package indicator

import "github.com/jixiao-go/jixiao/internal/label"

// Column names a column of an indicator table.
type Column string

// The columns an indicator table may have.
const (
	ColLevel1      Column = "level1"      // 一级指标
	ColLevel2      Column = "level2"      // 二级指标
	ColLevel3      Column = "level3"      // 三级指标
	ColWeight      Column = "weight"      // 分值, 权重
	ColExplanation Column = "explanation" // 指标解释
	ColRule        Column = "rule"        // 评分标准
	ColOp          Column = "op"          // 指标性质 (≥, ≤, =) in its own column
	ColUnit        Column = "unit"        // 度量单位 in its own column
	ColTarget      Column = "target"      // 目标值, 年度指标值
	ColActual      Column = "actual"      // 实际完成值
	ColScore       Column = "score"       // 自评得分, 得分
	ColReason      Column = "reason"      // 扣分原因, 偏差原因分析及改进措施
)

// columnOf recognises a normalised header label.
func columnOf(s string) (Column, bool) {
	s = label.StripLinePrefix(s)
	if name, _ := label.StripWeight(s); name != s {
		s = name // "绩效指标(90分)"
	}
	switch s {
	case "一级指标":
		return ColLevel1, true
	case "二级指标":
		return ColLevel2, true
	case "三级指标", "指标名称", "具体指标":
		return ColLevel3, true
	case "分值", "权重", "分值(分)", "权重(%)", "指标分值", "标准分值":
		return ColWeight, true
	case "指标解释", "指标说明", "指标内涵":
		return ColExplanation, true
	case "评分标准", "评分方法", "评分规则", "评分细则", "计分方法":
		return ColRule, true
	case "指标性质":
		return ColOp, true
	case "度量单位", "计量单位", "单位":
		return ColUnit, true
	case "目标值", "年度指标值", "指标值", "年度目标值", "预期目标值", "全年指标值", "年度目标":
		return ColTarget, true
	case "实际完成值", "实际值", "全年实际值", "完成值", "实际完成情况值", "全年实际完成值":
		return ColActual, true
	case "自评得分", "得分", "评分", "实际得分":
		return ColScore, true
	case "扣分原因", "偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "未完成原因分析", "扣分原因及改进措施", "偏差原因及改进措施":
		return ColReason, true
	}
	return "", false
}

// Row labels that end the indicator rows or summarise them.
func isTotalLabel(s string) bool {
	switch label.StripLinePrefix(s) {
	case "合计", "总分", "总计", "合计得分", "总得分":
		return true
	}
	return false
}

func isDeclaredTotalLabel(s string) bool {
	switch label.StripLinePrefix(s) {
	case "自评总分", "自评得分合计", "综合得分", "总分", "总得分", "绩效自评总分":
		return true
	}
	return false
}

func isGradeLabel(s string) bool {
	switch label.StripLinePrefix(s) {
	case "评价等级", "等级", "自评等级", "绩效等级", "评定等级", "自评结果等级":
		return true
	}
	return false
}
