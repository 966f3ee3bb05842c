package evaluation

import "github.com/jixiao-go/jixiao/present"

// Severity ranks a finding.
type Severity string

// The severities. Only errors make a workbook invalid.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Label is the severity as the outputs show it: 错误, 警告, 提示.
func (s Severity) Label(l present.Lang) string { return present.Severity(l, string(s)) }

func (s Severity) valid() bool {
	return s == SeverityError || s == SeverityWarning || s == SeverityInfo
}
