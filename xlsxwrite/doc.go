// Package xlsxwrite writes workbooks: new ones cell by cell (Book, for the
// blank templates), copies with some cells changed (SetCells, to try a
// suggested fix), and annotated copies (Annotate: comments, fills and a
// summary sheet in front). It writes with excelize and reads nothing but
// the bytes it is given; package xlsx reads.
//
// Files are written through a temporary file renamed when complete
// (WriteFile), and never over the input they were made from (ErrSameFile).
package xlsxwrite
