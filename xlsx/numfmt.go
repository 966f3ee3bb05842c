package xlsx

import "strings"

// builtinFormats are the number formats Excel knows by id alone, for the ids
// that matter to places and percentages.
func builtinFormat(id int) string {
	switch id {
	case 1:
		return "0"
	case 2:
		return "0.00"
	case 3:
		return "#,##0"
	case 4:
		return "#,##0.00"
	case 9:
		return "0%"
	case 10:
		return "0.00%"
	case 11:
		return "0.00E+00"
	case 37, 38:
		return "#,##0 ;(#,##0)"
	case 39, 40:
		return "#,##0.00;(#,##0.00)"
	}
	return ""
}

// formatPlaces reads a number format code and returns how many decimal places
// it shows on the stored value and whether it shows a percentage; known is
// false for General and for formats that are not plain numbers (dates, text).
// "0.00%" shows 4 places of the fraction, "#,##0.00" 2, "0" 0.
func formatPlaces(code string) (places int32, percent, known bool) {
	section, _, _ := strings.Cut(code, ";")
	section = stripLiterals(section)
	if section == "" || strings.EqualFold(section, "general") || strings.EqualFold(section, "@") {
		return 0, false, false
	}
	lower := strings.ToLower(section)
	if strings.ContainsAny(lower, "ymdhs") && !strings.Contains(lower, "0") {
		return 0, false, false // a date or time
	}
	if !strings.ContainsAny(section, "0#?") {
		return 0, false, false
	}
	if dot := strings.IndexByte(section, '.'); dot >= 0 {
		for i := dot + 1; i < len(section) && strings.IndexByte("0#?", section[i]) >= 0; i++ {
			places++
		}
	}
	if strings.Contains(section, "%") {
		percent = true
		places += 2
	}
	return places, percent, true
}

// literalPercent reports whether the first section of a format code shows a
// percent sign as a literal: quoted ("%") or escaped (\%).
func literalPercent(code string) bool {
	section, _, _ := strings.Cut(code, ";")
	for i := 0; i < len(section); i++ {
		switch section[i] {
		case '"':
			j := strings.IndexByte(section[i+1:], '"')
			if j < 0 {
				return false
			}
			if strings.Contains(section[i+1:i+1+j], "%") {
				return true
			}
			i += j + 1
		case '\\':
			if i+1 < len(section) && section[i+1] == '%' {
				return true
			}
			i++
		}
	}
	return false
}

// stripLiterals removes quoted text, bracketed codes ([Red], [$¥-804]) and
// backslash escapes from a format section.
func stripLiterals(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return b.String()
			}
			i += j + 1
		case '[':
			j := strings.IndexByte(s[i+1:], ']')
			if j < 0 {
				return b.String()
			}
			i += j + 1
		case '\\', '_', '*':
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
