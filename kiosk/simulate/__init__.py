"""`kiosk simulate`: years of believable market days driven through the real services,
checked day by day by an auditor that keeps its own books.

world (the cast and the first morning), stall (a trading day), office (plot,
fund, loans, months and statements), auditor with arithmetic and loan_model
(the independent books), compare (the books against the services), runner
(the days, the clock, the stop), digest (what "the same database" means).
"""
