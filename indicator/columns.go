package indicator

import "github.com/jixiao-go/jixiao/vocabulary"

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
	// ColRawScore and ColShare are the two columns a converted score is
	// worked out from on forms that score each indicator out of 100 and
	// weigh it by its share: 单项指标得分 × 权重占比 = 单项指标折算得分 (ColScore).
	ColRawScore Column = "rawscore" // 单项指标得分
	ColShare    Column = "share"    // 权重占比（％）
)

// columnOf recognises a header label.
func columnOf(v *vocabulary.Vocabulary, s string) (Column, bool) {
	name, ok := v.Lookup(vocabulary.Column, s)
	return Column(name), ok
}

// rowOf recognises a summary row label: total, declared, subtotal or grade.
func rowOf(v *vocabulary.Vocabulary, s string) (string, bool) {
	return v.Lookup(vocabulary.Row, s)
}
