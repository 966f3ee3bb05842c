// Package num holds the number handling every layer of jixiao shares: parsing
// cell text into decimals with the places it shows (Shown), quantities as a
// person types them (Quantity: ≥6500人次, 76%), rounding half away from zero,
// and interval arithmetic for judging sums and ratios within rounding
// (Interval). Its types are those the exported values of xlsx, indicator and
// scoring are made of.
//
// It is the only package that imports github.com/shopspring/decimal for
// arithmetic rules of its own; it never changes decimal's global settings.
package num
