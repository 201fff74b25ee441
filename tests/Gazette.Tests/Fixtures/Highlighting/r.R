#!/usr/bin/env Rscript
#' Roxygen documentation
#' @param x numeric vector
summarise_data <- function(x, na.rm = TRUE, ...) {
  if (is.null(x) || length(x) == 0L) {
    return(NA_real_)
  }
  m <- mean(x, na.rm = na.rm)  # the mean
  s <- sd(x) * 1.5e-3 + .25 - 0x1F + 2i
  out <- list(mean = m, sd = s, n = length(x))
  class(out) <- "summary_stats"
  out
}

`my var` <- c(1, 2, 3)
df <- data.frame(a = 1:10, b = letters[1:10], stringsAsFactors = FALSE)
df$c <- df$a %in% c(2, 4) & !is.na(df$b)
result <- df %>% filter(a > 5) %>% summarise(total = sum(a))
for (i in seq_len(nrow(df))) {
  if (i %% 2 == 0) next else print(paste0("Row ", i, ': ', df$b[i]))
}
x <- .hidden.value + pi * T
while (TRUE) break
repeat { break }
f <- function(n) if (n <= 1) 1 else n * Recall(n - 1)
y <- sapply(1:5, \(z) z^2)
s <- 'single \'quoted\''
