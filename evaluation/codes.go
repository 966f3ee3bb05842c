package evaluation

// The codes of the package's checks, for programs that pick findings by
// code. Codes are stable: a code keeps its meaning, is never reused for
// another, and a retired code stays retired.
const (
	CodeWithinRounding   = "JX001"
	CodeComputedFormula  = "JX002"
	CodeNotANumber       = "JX003"
	CodeMissingNumber    = "JX004"
	CodeAmountUnit       = "JX005"
	CodeRoundingSlip     = "JX008"
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
	CodeConvertedScore   = "JX311"
	CodeRuleScore        = "JX401"
	CodeMissedFullMarks  = "JX402"
	CodeUnitMismatch     = "JX403"
	CodeRuleUnreadable   = "JX404"
)
