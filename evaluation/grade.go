package evaluation

import (
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/shopspring/decimal"
)

// The grades, best first.
const (
	GradeExcellent = "优"
	GradeGood      = "良"
	GradeFair      = "中"
	GradePoor      = "差"
)

// GradeFor returns the grade a total score earns: 优 for 90 and above, 良
// for 80 to under 90, 中 for 60 to under 80, 差 under 60. The bands are
// half-open, so 89.99 is 良.
func GradeFor(score decimal.Decimal) string {
	switch {
	case score.Cmp(decimal.NewFromInt(90)) >= 0:
		return GradeExcellent
	case score.Cmp(decimal.NewFromInt(80)) >= 0:
		return GradeGood
	case score.Cmp(decimal.NewFromInt(60)) >= 0:
		return GradeFair
	}
	return GradePoor
}

// readGrade recognises a declared grade: "优", "优秀", "良好", "中等",
// "合格", "较差", "不合格" and the like.
func readGrade(text string) (string, bool) {
	s := strings.Trim(label.Normalize(text), "\"'")
	switch s {
	case "优", "优秀", "A", "a":
		return GradeExcellent, true
	case "良", "良好", "B", "b":
		return GradeGood, true
	case "中", "中等", "合格", "一般", "C", "c":
		return GradeFair, true
	case "差", "较差", "不合格", "D", "d":
		return GradePoor, true
	}
	return "", false
}
