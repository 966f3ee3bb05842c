package xlsx

import "strings"

// maxFormulaLen is the longest formula jixiao computes itself; Excel's own
// limit is 8192 characters.
const maxFormulaLen = 8192

// computable reports whether jixiao may have excelize compute a formula the
// file holds no result for. Only arithmetic and the aggregate, rounding and
// logical functions of budget tables are computed: text functions and the &
// operator can build strings of gigabytes from a few bytes of formula
// (=REPT("x",1E9) takes a minute and 5 GB; thirty cells =B1&B1, =C1&C1, …
// double a string thirty times). Other formulas read as #CALC!.
func computable(formula string) bool {
	if len(formula) > maxFormulaLen {
		return false
	}
	for i := 0; i < len(formula); {
		switch c := formula[i]; {
		case c == '"' || c == '\'':
			// A string literal or a quoted sheet name; a doubled quote
			// stands for itself.
			i++
			for i < len(formula) {
				if formula[i] == c {
					if i+1 < len(formula) && formula[i+1] == c {
						i += 2
						continue
					}
					break
				}
				i++
			}
			i++
		case c == '&':
			return false
		case isNameByte(c):
			j := i
			for j < len(formula) && isNameByte(formula[j]) {
				j++
			}
			if j < len(formula) && formula[j] == '(' && !computableFunction(formula[i:j]) {
				return false
			}
			i = j
		default:
			i++
		}
	}
	return true
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
}

// computableFunction lists the functions computable allows: their results
// are numbers or truth values, whatever their arguments.
func computableFunction(name string) bool {
	name = strings.ToUpper(name)
	name = strings.TrimPrefix(name, "_XLFN.")
	switch name {
	case "SUM", "SUMIF", "SUMIFS", "SUMPRODUCT", "PRODUCT",
		"AVERAGE", "AVERAGEA", "AVERAGEIF", "AVERAGEIFS", "MEDIAN", "MIN", "MINA", "MAX", "MAXA",
		"COUNT", "COUNTA", "COUNTBLANK", "COUNTIF", "COUNTIFS",
		"ROUND", "ROUNDUP", "ROUNDDOWN", "INT", "TRUNC", "ABS", "SIGN", "MOD", "QUOTIENT", "CEILING", "FLOOR",
		"IF", "IFERROR", "IFNA", "AND", "OR", "NOT", "TRUE", "FALSE",
		"ISBLANK", "ISNUMBER", "ISTEXT", "ISERROR", "ISERR", "ISNA", "N", "VALUE":
		return true
	}
	return false
}
