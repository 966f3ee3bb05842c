// Package num holds the number handling every layer of jixiao shares: parsing
// cell text into decimals with the places it shows, rounding, and interval
// arithmetic for judging sums and ratios within rounding.
//
// It is the only package that imports github.com/shopspring/decimal for
// arithmetic rules of its own; it never changes decimal's global settings.
package num
