"""Held-out set 47: a finance controller closing the month, written before the engine was run on
these databases. Each turn: question, reference SQL (SQLite; a list for a breakdown), optional
`accept` (other SQL that also answers), or None when the data does not hold the answer.

Conventions decided here (and in README.md):
- budgets: "actual" / "spend" is SUM(transactions.amount), credit notes (negative amounts) included.
- receivables: a snapshot taken on 31 March 2025; "outstanding" means PaidDate IS NULL, summed on
  TotalAmount (VAT included; the net figure is accepted too); "in pounds" converts with FxRates.
- payables: voided bills stay in ap_bills with is_void = 1. A question that does not mention voids
  has the literal reading (every row) as reference and the reading without voided bills accepted;
  a question that mentions them (or follows one that did) must respect is_void.
"""
from __future__ import annotations

from heldout_kit import conv  # noqa: F401  (bench/ is on the path: build.py puts it there)

D = None   # a round to decline

# ------------------------------------------------------------------------------------------ budgets
YM = "strftime('%Y-%m', posted_on)"
QTR = "((CAST(strftime('%m', posted_on) AS INTEGER) + 2) / 3)"


def over(month: str, cond: str = "a.actual > b.budget_amount", cols: str = "d.dept_name",
         name: str = "d.dept_name") -> str:
    """Departments' actual against budget for one month."""
    return (f"SELECT {cols.replace('d.dept_name', name)} FROM budget b JOIN departments d ON d.dept_code = b.dept_code "
            f"JOIN (SELECT dept_code, SUM(amount) AS actual FROM transactions WHERE {YM} = '{month}' "
            f"GROUP BY dept_code) a ON a.dept_code = b.dept_code WHERE b.month = '{month}' AND {cond}")


def both(month: str, cond: str = "a.actual > b.budget_amount", cols: str = "d.dept_name") -> tuple:
    """(reference by department name, [the same by department code])."""
    return over(month, cond, cols), [over(month, cond, cols, "d.dept_code")]


OVERAGE = "d.dept_name, a.actual - b.budget_amount AS over_by"
PCT = "d.dept_name, 100.0 * (a.actual - b.budget_amount) / b.budget_amount AS pct"
FRAC = "d.dept_name, (a.actual - b.budget_amount) / b.budget_amount AS frac"
OCT10K = "a.actual - b.budget_amount > 10000"

YEAR = ("SELECT d.dept_name, d.dept_code, bb.budget, aa.actual FROM departments d "
        "JOIN (SELECT dept_code, SUM(budget_amount) AS budget FROM budget GROUP BY dept_code) bb ON bb.dept_code = d.dept_code "
        "JOIN (SELECT dept_code, SUM(amount) AS actual FROM transactions GROUP BY dept_code) aa ON aa.dept_code = d.dept_code")
TOPSUP = ("SELECT supplier FROM transactions WHERE supplier IS NOT NULL AND posted_on LIKE '2024%' "
          "GROUP BY supplier ORDER BY SUM(amount) DESC LIMIT 1")
CRED = ("SELECT supplier FROM transactions WHERE amount < 0 AND posted_on LIKE '2024%' GROUP BY supplier "
        "ORDER BY SUM(amount) LIMIT 1")
Q2_24 = "posted_on BETWEEN '2024-04-01' AND '2024-06-30'"
Q3_24 = "posted_on BETWEEN '2024-07-01' AND '2024-09-30'"
MONTHLY = (f"SELECT {YM} AS m, SUM(amount) AS spend FROM transactions WHERE {Q3_24} GROUP BY m")
BMONTHLY = ("SELECT month AS m, SUM(budget_amount) AS budget FROM budget WHERE month BETWEEN '2024-07' AND '2024-09' "
            "GROUP BY month")
ITS_M = (f"SELECT b.month, b.budget_amount, a.actual FROM budget b JOIN (SELECT {YM} AS m, SUM(amount) AS actual "
         "FROM transactions WHERE dept_code = 'ITS' GROUP BY m) a ON a.m = b.month WHERE b.dept_code = 'ITS'")
BY9 = ("SELECT d.dept_name, d.dept_code, 100.0 * aa.actual / bb.budget AS pct, aa.actual / bb.budget AS frac "
       "FROM departments d "
       "JOIN (SELECT dept_code, SUM(budget_amount) AS budget FROM budget WHERE month LIKE '2024%' GROUP BY dept_code) bb "
       "ON bb.dept_code = d.dept_code "
       "JOIN (SELECT dept_code, SUM(amount) AS actual FROM transactions WHERE posted_on BETWEEN '2024-01-01' AND "
       "'2024-09-30' GROUP BY dept_code) aa ON aa.dept_code = d.dept_code")
MONTHS_OVER = ("SELECT b.dept_code FROM budget b JOIN (SELECT dept_code, " + YM + " AS m, SUM(amount) AS actual "
               "FROM transactions GROUP BY dept_code, m) a ON a.dept_code = b.dept_code AND a.m = b.month "
               "WHERE a.actual > b.budget_amount GROUP BY b.dept_code HAVING COUNT(*) >= 6")

BUDGETS = [
    conv("bud-1",
         ("Which departments went over budget in November 2024?", *both("2024-11")),
         ("by how much?", *both("2024-11", cols=OVERAGE)),
         ("and last month?", *both("2024-10", cols=OVERAGE)),
         ("only the ones over 10k", *both("2024-10", OCT10K, OVERAGE)),
         ("as a percentage of budget", over("2024-10", OCT10K, PCT),
          [over("2024-10", OCT10K, FRAC), over("2024-10", OCT10K, PCT, "d.dept_code"),
           over("2024-10", OCT10K, FRAC, "d.dept_code")])),
    conv("bud-2",
         ("What's the full-year 2024 budget for each department?",
          "SELECT d.dept_name, SUM(b.budget_amount) FROM budget b JOIN departments d USING (dept_code) "
          "WHERE b.month LIKE '2024%' GROUP BY d.dept_name",
          ["SELECT dept_code, SUM(budget_amount) FROM budget WHERE month LIKE '2024%' GROUP BY dept_code"]),
         ("and what did each one actually spend?",
          "SELECT d.dept_name, SUM(t.amount) FROM transactions t JOIN departments d USING (dept_code) "
          "WHERE t.posted_on LIKE '2024%' GROUP BY d.dept_name",
          ["SELECT dept_code, SUM(amount) FROM transactions WHERE posted_on LIKE '2024%' GROUP BY dept_code"]),
         ("Which department overspent the most over the year?",
          f"SELECT dept_name FROM ({YEAR}) ORDER BY actual - budget DESC LIMIT 1",
          [f"SELECT dept_code FROM ({YEAR}) ORDER BY actual - budget DESC LIMIT 1"]),
         ("show me its spend by quarter",
          f"SELECT {QTR} AS q, SUM(amount) FROM transactions WHERE dept_code = 'LOG' AND posted_on LIKE '2024%' GROUP BY q",
          [f"SELECT SUM(amount) FROM transactions WHERE dept_code = 'LOG' AND posted_on LIKE '2024%' GROUP BY {QTR}"])),
    conv("bud-3",
         ("How many credit notes did we receive in 2024?",
          "SELECT COUNT(*) FROM transactions WHERE amount < 0 AND posted_on LIKE '2024%'"),
         ("what do they add up to?",
          "SELECT SUM(amount) FROM transactions WHERE amount < 0 AND posted_on LIKE '2024%'",
          ["SELECT -SUM(amount) FROM transactions WHERE amount < 0 AND posted_on LIKE '2024%'"]),
         ("Which supplier credited us the most, by value?", CRED),
         ("list their credit notes over £1,000",
          f"SELECT posted_on, amount FROM transactions WHERE supplier = ({CRED}) AND amount < -1000")),
    conv("bud-4",
         ("How much VAT did we pay in Q2 2024?", f"SELECT SUM(amount * vat_rate) FROM transactions WHERE {Q2_24}"),
         ("split that by VAT rate",
          f"SELECT vat_rate, SUM(amount * vat_rate) FROM transactions WHERE {Q2_24} GROUP BY vat_rate",
          [f"SELECT vat_rate, SUM(amount * vat_rate) FROM transactions WHERE {Q2_24} AND vat_rate > 0 GROUP BY vat_rate"]),
         ("What was Marketing's gross spend in Q2, VAT included?",
          f"SELECT SUM(amount * (1 + vat_rate)) FROM transactions WHERE dept_code = 'MKT' AND {Q2_24}"),
         ("What's the VAT registration number of Hollins Engineering?", D)),
    conv("bud-5",
         ("Show total actual spend per month for Q3 2024 with a running total",
          f"SELECT m, spend, SUM(spend) OVER (ORDER BY m) AS running FROM ({MONTHLY})",
          [f"SELECT spend, SUM(spend) OVER (ORDER BY m) AS running FROM ({MONTHLY})"]),
         ("same for the budget",
          f"SELECT m, budget, SUM(budget) OVER (ORDER BY m) AS running FROM ({BMONTHLY})",
          [f"SELECT budget, SUM(budget) OVER (ORDER BY m) AS running FROM ({BMONTHLY})"]),
         ("and what will Q4 come in at if this carries on?", D)),
    conv("bud-6",
         ("How did IT Services do against budget in each month of 2024?", ITS_M,
          [f"SELECT month, actual - budget_amount FROM ({ITS_M})", f"SELECT month, budget_amount - actual FROM ({ITS_M})"]),
         ("In how many of those months were they over?",
          f"SELECT COUNT(*) FROM ({ITS_M}) WHERE actual > budget_amount"),
         ("Which account did most of their spend go to?",
          "SELECT account FROM transactions WHERE dept_code = 'ITS' AND posted_on LIKE '2024%' GROUP BY account "
          "ORDER BY SUM(amount) DESC LIMIT 1"),
         ("Why did cloud hosting jump in the spring?", D)),
    conv("bud-7",
         ("Who were our top 5 suppliers by spend in 2024?",
          "SELECT supplier FROM transactions WHERE supplier IS NOT NULL AND posted_on LIKE '2024%' "
          "GROUP BY supplier ORDER BY SUM(amount) DESC LIMIT 5"),
         ("How much did we spend with the top one in each quarter?",
          f"SELECT {QTR} AS q, SUM(amount) FROM transactions WHERE supplier = ({TOPSUP}) AND posted_on LIKE '2024%' "
          "GROUP BY q",
          [f"SELECT SUM(amount) FROM transactions WHERE supplier = ({TOPSUP}) AND posted_on LIKE '2024%' GROUP BY {QTR}"]),
         ("which departments booked costs to them?",
          f"SELECT DISTINCT d.dept_name FROM transactions t JOIN departments d USING (dept_code) WHERE t.supplier = ({TOPSUP})",
          [f"SELECT DISTINCT dept_code FROM transactions WHERE supplier = ({TOPSUP})"]),
         ("When does our contract with them end?", D)),
    conv("bud-8",
         ("How many transactions were posted in December 2024?",
          "SELECT COUNT(*) FROM transactions WHERE posted_on LIKE '2024-12%'"),
         ("who approved them?", D),
         ("What's the average transaction amount by source for the year?",
          "SELECT source, AVG(amount) FROM transactions WHERE posted_on LIKE '2024%' GROUP BY source"),
         ("Which department has the biggest headcount?", D)),
    conv("bud-9",
         ("What percentage of its annual budget had each department spent by the end of Q3?",
          f"SELECT dept_name, pct FROM ({BY9})",
          [f"SELECT dept_name, frac FROM ({BY9})", f"SELECT dept_code, pct FROM ({BY9})",
           f"SELECT dept_code, frac FROM ({BY9})"]),
         ("which are already past 75%?", f"SELECT dept_name FROM ({BY9}) WHERE pct > 75",
          [f"SELECT dept_code FROM ({BY9}) WHERE pct > 75"]),
         ("What's the mobile number of the head of Marketing?", D),
         ("who is the head of Marketing?", "SELECT head_of_dept FROM departments WHERE dept_name = 'Marketing'")),
    conv("bud-10",
         ("What was total actual spend in October 2024?",
          "SELECT SUM(amount) FROM transactions WHERE posted_on LIKE '2024-10%'"),
         ("and last month?", "SELECT SUM(amount) FROM transactions WHERE posted_on LIKE '2024-09%'"),
         ("what was the budget for September?", "SELECT SUM(budget_amount) FROM budget WHERE month = '2024-09'"),
         ("so by how much were we over or under?",
          "SELECT (SELECT SUM(amount) FROM transactions WHERE posted_on LIKE '2024-09%') - "
          "(SELECT SUM(budget_amount) FROM budget WHERE month = '2024-09')",
          ["SELECT (SELECT SUM(budget_amount) FROM budget WHERE month = '2024-09') - "
           "(SELECT SUM(amount) FROM transactions WHERE posted_on LIKE '2024-09%')"])),
    conv("bud-11",
         ("Which departments were over budget in at least 6 months of 2024?",
          f"SELECT dept_name FROM departments WHERE dept_code IN ({MONTHS_OVER})", [MONTHS_OVER]),
         ("what's the total overspend for each of them across the year?",
          f"SELECT dept_name, actual - budget FROM ({YEAR}) WHERE dept_code IN ({MONTHS_OVER})",
          [f"SELECT dept_code, actual - budget FROM ({YEAR}) WHERE dept_code IN ({MONTHS_OVER})"]),
         ("Has the board signed off the Marketing overspend?", D)),
]

# ------------------------------------------------------------------------------------------ receivables
IJ = "FROM Invoices i JOIN FxRates f ON f.Currency = i.Currency"
ICJ = IJ + " JOIN Customers c ON c.CustomerID = i.CustomerID"
OPEN = "i.PaidDate IS NULL"
OVERDUE = "i.DocType = 'INV' AND i.PaidDate IS NULL AND i.DueDate < '2025-03-31'"
OWED = f"SELECT c.CustomerName, SUM(i.TotalAmount * f.GbpPerUnit) AS owed, SUM(i.NetAmount * f.GbpPerUnit) AS owed_net {ICJ} " \
       f"WHERE {OPEN} GROUP BY c.CustomerName"
LATE24 = "DocType = 'INV' AND IssueDate LIKE '2024%' AND PaidDate > DueDate"
SLOW = ("SELECT CustomerID FROM Invoices WHERE " + LATE24 + " GROUP BY CustomerID "
        "ORDER BY AVG(julianday(PaidDate) - julianday(DueDate)) DESC LIMIT 1")
Q4_24I = "IssueDate BETWEEN '2024-10-01' AND '2024-12-31'"
CRN_PCT = ("SELECT Currency, SUM(CASE WHEN DocType = 'CRN' THEN NetAmount END) AS cr, "
           "SUM(CASE WHEN DocType = 'INV' THEN NetAmount END) AS inv FROM Invoices WHERE " + Q4_24I +
           " GROUP BY Currency HAVING cr IS NOT NULL")
NET24 = (f"SELECT strftime('%Y-%m', i.IssueDate) AS m, SUM(i.NetAmount * f.GbpPerUnit) AS net_gbp {IJ} "
         "WHERE i.IssueDate LIKE '2024%' GROUP BY m")
TOPCTRY = (f"SELECT c.Country {ICJ} WHERE i.IssueDate LIKE '2024%' GROUP BY c.Country "
           "ORDER BY SUM(i.NetAmount * f.GbpPerUnit) DESC LIMIT 1")
TOPCUST = (f"SELECT c.CustomerName {ICJ} WHERE i.IssueDate LIKE '2024%' AND c.Country = ({TOPCTRY}) "
           "GROUP BY c.CustomerName ORDER BY SUM(i.NetAmount * f.GbpPerUnit) DESC LIMIT 1")
BIGUSD = "SELECT InvoiceNo FROM Invoices WHERE Currency = 'USD' AND DocType = 'INV' ORDER BY NetAmount DESC LIMIT 1"
LONG = "SELECT CustomerID FROM Customers WHERE PaymentTermsDays > 30"
AM = ("SELECT c.AccountManager, COUNT(*) AS n, SUM(i.PaidDate > i.DueDate) AS late FROM Invoices i "
      "JOIN Customers c ON c.CustomerID = i.CustomerID WHERE i.DocType = 'INV' AND i.IssueDate LIKE '2024%' "
      "GROUP BY c.AccountManager")

RECEIVABLES = [
    conv("ar-1",
         ("How much is outstanding, by currency?",
          "SELECT Currency, SUM(TotalAmount) FROM Invoices WHERE PaidDate IS NULL GROUP BY Currency",
          ["SELECT Currency, SUM(NetAmount) FROM Invoices WHERE PaidDate IS NULL GROUP BY Currency"]),
         ("and in pounds altogether?", f"SELECT SUM(i.TotalAmount * f.GbpPerUnit) {IJ} WHERE {OPEN}",
          [f"SELECT SUM(i.NetAmount * f.GbpPerUnit) {IJ} WHERE {OPEN}"]),
         ("Which five customers owe us the most, in pounds?",
          f"SELECT CustomerName, owed FROM ({OWED}) ORDER BY owed DESC LIMIT 5",
          [f"SELECT CustomerName, owed_net FROM ({OWED}) ORDER BY owed_net DESC LIMIT 5"]),
         ("only the ones over 30k", f"SELECT CustomerName, owed FROM ({OWED}) WHERE owed > 30000",
          [f"SELECT CustomerName, owed_net FROM ({OWED}) WHERE owed_net > 30000"])),
    conv("ar-2",
         ("Which invoices were overdue as at 31 March 2025?", f"SELECT i.InvoiceNo FROM Invoices i WHERE {OVERDUE}"),
         ("what do they come to in GBP?", f"SELECT SUM(i.TotalAmount * f.GbpPerUnit) {IJ} WHERE {OVERDUE}",
          [f"SELECT SUM(i.NetAmount * f.GbpPerUnit) {IJ} WHERE {OVERDUE}"]),
         ("which of them are more than 60 days past due?",
          f"SELECT i.InvoiceNo FROM Invoices i WHERE {OVERDUE} AND i.DueDate < date('2025-03-31', '-60 days')"),
         ("which customers are they from?",
          f"SELECT DISTINCT c.CustomerName FROM Invoices i JOIN Customers c ON c.CustomerID = i.CustomerID "
          f"WHERE {OVERDUE} AND i.DueDate < date('2025-03-31', '-60 days')")),
    conv("ar-3",
         ("Of the invoices we issued in 2024, how many were paid late?", f"SELECT COUNT(*) FROM Invoices WHERE {LATE24}"),
         ("and on average how many days late?",
          f"SELECT AVG(julianday(PaidDate) - julianday(DueDate)) FROM Invoices WHERE {LATE24}"),
         ("Which customer was the slowest payer on those, on average?",
          f"SELECT CustomerName FROM Customers WHERE CustomerID = ({SLOW})"),
         ("what payment terms do they have?",
          f"SELECT PaymentTermsDays FROM Customers WHERE CustomerID = ({SLOW})")),
    conv("ar-4",
         ("List the credit notes we issued in Q4 2024", f"SELECT InvoiceNo FROM Invoices WHERE DocType = 'CRN' AND {Q4_24I}"),
         ("what's the total by currency?",
          f"SELECT Currency, SUM(NetAmount) FROM Invoices WHERE DocType = 'CRN' AND {Q4_24I} GROUP BY Currency",
          [f"SELECT Currency, SUM(TotalAmount) FROM Invoices WHERE DocType = 'CRN' AND {Q4_24I} GROUP BY Currency",
           f"SELECT Currency, -SUM(NetAmount) FROM Invoices WHERE DocType = 'CRN' AND {Q4_24I} GROUP BY Currency"]),
         ("as a percentage of what we invoiced in Q4, per currency",
          f"SELECT Currency, -100.0 * cr / inv FROM ({CRN_PCT})",
          [f"SELECT Currency, 100.0 * cr / inv FROM ({CRN_PCT})", f"SELECT Currency, -cr / inv FROM ({CRN_PCT})",
           f"SELECT Currency, cr / inv FROM ({CRN_PCT})"])),
    conv("ar-5",
         ("What VAT rates do we charge?", "SELECT DISTINCT VatRate FROM Invoices",
          ["SELECT DISTINCT VatRate * 100 FROM Invoices"]),
         ("How much VAT did we charge in Q1 2025, by rate?",
          "SELECT VatRate, SUM(VatAmount) FROM Invoices WHERE IssueDate BETWEEN '2025-01-01' AND '2025-03-31' GROUP BY VatRate",
          ["SELECT VatRate, SUM(VatAmount) FROM Invoices WHERE IssueDate BETWEEN '2025-01-01' AND '2025-03-31' "
           "AND VatRate > 0 GROUP BY VatRate"]),
         ("Which customers have we never charged VAT?",
          "SELECT CustomerName FROM Customers WHERE CustomerID NOT IN (SELECT CustomerID FROM Invoices WHERE VatRate > 0)"),
         ("And what's our own VAT registration number?", D)),
    conv("ar-6",
         ("Net sales by month for 2024 in GBP, credit notes included", NET24,
          [f"SELECT net_gbp FROM ({NET24})"]),
         ("add a running total that restarts each quarter",
          f"SELECT m, net_gbp, SUM(net_gbp) OVER (PARTITION BY (CAST(substr(m, 6, 2) AS INTEGER) + 2) / 3 ORDER BY m) "
          f"AS running FROM ({NET24})",
          [f"SELECT net_gbp, SUM(net_gbp) OVER (PARTITION BY (CAST(substr(m, 6, 2) AS INTEGER) + 2) / 3 ORDER BY m) "
           f"AS running FROM ({NET24})"]),
         ("what will Q2 2025 look like?", D)),
    conv("ar-7",
         ("How many customers do we have in each country?", "SELECT Country, COUNT(*) FROM Customers GROUP BY Country"),
         ("Which country brought in the most net revenue in 2024, in pounds?", TOPCTRY),
         ("and which customer there?", TOPCUST),
         ("what's their credit limit?", D),
         ("who looks after them?", f"SELECT AccountManager FROM Customers WHERE CustomerName = ({TOPCUST})")),
    conv("ar-8",
         ("What's the largest single invoice we've raised in US dollars?", BIGUSD),
         ("has it been paid?", f"SELECT PaidDate FROM Invoices WHERE InvoiceNo = ({BIGUSD})",
          [f"SELECT PaidDate IS NOT NULL FROM Invoices WHERE InvoiceNo = ({BIGUSD})"]),
         ("how many days after its due date?",
          f"SELECT julianday(PaidDate) - julianday(DueDate) FROM Invoices WHERE InvoiceNo = ({BIGUSD})")),
    conv("ar-9",
         ("Why does Fjordlys always pay late?", D),
         ("How many invoices has Fjordlys Konsert still got open?",
          "SELECT COUNT(*) FROM Invoices i JOIN Customers c ON c.CustomerID = i.CustomerID "
          "WHERE c.CustomerName = 'Fjordlys Konsert AB' AND i.PaidDate IS NULL AND i.DocType = 'INV'"),
         ("email them a reminder", D),
         ("What exchange rate do we use for Norwegian kroner?", D)),
    conv("ar-10",
         ("What are the average payment terms by country?",
          "SELECT Country, AVG(PaymentTermsDays) FROM Customers GROUP BY Country"),
         ("Which customers get more than 30 days?", "SELECT CustomerName FROM Customers WHERE PaymentTermsDays > 30"),
         ("how much does each of them still owe us?",
          f"SELECT c.CustomerName, SUM(i.TotalAmount) FROM Invoices i JOIN Customers c ON c.CustomerID = i.CustomerID "
          f"WHERE i.PaidDate IS NULL AND c.CustomerID IN ({LONG}) GROUP BY c.CustomerName",
          [f"SELECT c.CustomerName, COALESCE(SUM(i.TotalAmount), 0) FROM Customers c LEFT JOIN Invoices i "
           f"ON i.CustomerID = c.CustomerID AND i.PaidDate IS NULL WHERE c.CustomerID IN ({LONG}) GROUP BY c.CustomerName",
           f"SELECT c.CustomerName, SUM(i.TotalAmount) FROM Customers c LEFT JOIN Invoices i "
           f"ON i.CustomerID = c.CustomerID AND i.PaidDate IS NULL WHERE c.CustomerID IN ({LONG}) GROUP BY c.CustomerName",
           f"SELECT c.CustomerName, SUM(i.TotalAmount * f.GbpPerUnit) {ICJ} "
           f"WHERE i.PaidDate IS NULL AND c.CustomerID IN ({LONG}) GROUP BY c.CustomerName"])),
    conv("ar-11",
         ("For each account manager, how many of their customers' 2024 invoices were paid late?",
          f"SELECT AccountManager, late FROM ({AM})"),
         ("and as a percentage of all their 2024 invoices?", f"SELECT AccountManager, 100.0 * late / n FROM ({AM})",
          [f"SELECT AccountManager, 1.0 * late / n FROM ({AM})"]),
         ("Which account manager has the most overdue money as at 31 March 2025, in pounds?",
          f"SELECT c.AccountManager {ICJ} WHERE {OVERDUE} GROUP BY c.AccountManager "
          "ORDER BY SUM(i.TotalAmount * f.GbpPerUnit) DESC LIMIT 1",
          [f"SELECT c.AccountManager {ICJ} WHERE {OVERDUE} GROUP BY c.AccountManager "
           "ORDER BY SUM(i.NetAmount * f.GbpPerUnit) DESC LIMIT 1"])),
]

# ------------------------------------------------------------------------------------------ payables
GBP = "b.net_amt * b.fx_to_gbp"
Q1_24 = "b.bill_dt BETWEEN '2024-01-01' AND '2024-03-31'"
Q4_23 = "b.bill_dt BETWEEN '2023-10-01' AND '2023-12-31'"
Q3_24P = "b.bill_dt BETWEEN '2024-07-01' AND '2024-09-30'"
LIVE = "b.is_void = 0"
V24 = (f"SELECT v.vendor_nm, v.vendor_cat, SUM({GBP}) AS spend FROM ap_bills b JOIN vendors v ON v.vendor_no = b.vendor_no "
       f"WHERE b.bill_dt LIKE '2024%' AND {LIVE} GROUP BY v.vendor_nm, v.vendor_cat")
TOP5V = f"SELECT vendor_nm, vendor_cat, spend FROM ({V24}) ORDER BY spend DESC LIMIT 5"
TOT24 = f"SELECT SUM({GBP}) FROM ap_bills b WHERE b.bill_dt LIKE '2024%' AND {LIVE}"
BTJ = "FROM ap_bills b JOIN tax_codes t ON t.tax_cd = b.tax_cd"
UNPAID = "b.paid_dt IS NULL"
PROJ = (f"SELECT p.proj_nm, p.cost_budget_gbp, SUM({GBP}) AS spent FROM projects p JOIN ap_bills b ON b.proj_cd = p.proj_cd "
        f"WHERE p.proj_status = 'Active' AND {LIVE} GROUP BY p.proj_nm, p.cost_budget_gbp")
CCQ4 = ("SELECT strftime('%Y-%m', b.bill_dt) AS m, SUM(" + GBP + ") AS spend FROM ap_bills b WHERE b.cc_id = '{cc}' "
        "AND b.bill_dt BETWEEN '2024-10-01' AND '2024-12-31'{live} GROUP BY m")
CN24 = "b.net_amt < 0 AND b.bill_dt LIKE '2024%'"
TOPCN = (f"SELECT b.vendor_no FROM ap_bills b WHERE {CN24} GROUP BY b.vendor_no ORDER BY COUNT(*) DESC LIMIT 1")
SW = "FROM ap_bills b JOIN vendors v ON v.vendor_no = b.vendor_no WHERE v.vendor_cat = 'Software'"


def run(cc: str, live: bool) -> str:
    inner = CCQ4.format(cc=cc, live=f" AND {LIVE}" if live else "")
    return f"SELECT m, spend, SUM(spend) OVER (ORDER BY m) AS running FROM ({inner})"


def run_v(cc: str, live: bool) -> str:
    inner = CCQ4.format(cc=cc, live=f" AND {LIVE}" if live else "")
    return f"SELECT spend, SUM(spend) OVER (ORDER BY m) AS running FROM ({inner})"


PAYABLES = [
    conv("ap-1",
         ("How many bills did we book in Q1 2024?", f"SELECT COUNT(*) FROM ap_bills b WHERE {Q1_24}",
          [f"SELECT COUNT(*) FROM ap_bills b WHERE {Q1_24} AND {LIVE}",
           f"SELECT COUNT(*) FROM ap_bills b WHERE {Q1_24} AND b.net_amt > 0",
           f"SELECT COUNT(*) FROM ap_bills b WHERE {Q1_24} AND b.net_amt > 0 AND {LIVE}"]),
         ("how many of them were voided?", f"SELECT COUNT(*) FROM ap_bills b WHERE {Q1_24} AND b.is_void = 1"),
         ("what's the net total of the ones that weren't voided, in pounds?",
          f"SELECT SUM({GBP}) FROM ap_bills b WHERE {Q1_24} AND {LIVE}"),
         ("and the quarter before?", f"SELECT SUM({GBP}) FROM ap_bills b WHERE {Q4_23} AND {LIVE}")),
    conv("ap-2",
         ("Top 5 vendors by 2024 spend in GBP, ignoring voided bills", f"SELECT vendor_nm, spend FROM ({TOP5V})"),
         ("what category is each of them?", f"SELECT vendor_nm, vendor_cat FROM ({TOP5V})"),
         ("only the ones over 80k", f"SELECT vendor_nm, spend FROM ({TOP5V}) WHERE spend > 80000"),
         ("as a percentage of all 2024 spend",
          f"SELECT vendor_nm, 100.0 * spend / ({TOT24}) FROM ({TOP5V}) WHERE spend > 80000",
          [f"SELECT vendor_nm, spend / ({TOT24}) FROM ({TOP5V}) WHERE spend > 80000"])),
    conv("ap-3",
         ("How much input VAT is there on bills dated in Q3 2024?",
          f"SELECT SUM({GBP} * t.tax_pct / 100) {BTJ} WHERE {Q3_24P}",
          [f"SELECT SUM({GBP} * t.tax_pct / 100) {BTJ} WHERE {Q3_24P} AND {LIVE}"]),
         ("break it down by tax code",
          f"SELECT b.tax_cd, SUM({GBP} * t.tax_pct / 100) {BTJ} WHERE {Q3_24P} GROUP BY b.tax_cd",
          [f"SELECT b.tax_cd, SUM({GBP} * t.tax_pct / 100) {BTJ} WHERE {Q3_24P} AND {LIVE} GROUP BY b.tax_cd",
           f"SELECT b.tax_cd, SUM({GBP} * t.tax_pct / 100) {BTJ} WHERE {Q3_24P} AND t.tax_pct > 0 GROUP BY b.tax_cd",
           f"SELECT b.tax_cd, SUM({GBP} * t.tax_pct / 100) {BTJ} WHERE {Q3_24P} AND t.tax_pct > 0 AND {LIVE} "
           "GROUP BY b.tax_cd"]),
         ("which tax code has the highest rate?", "SELECT tax_cd FROM tax_codes ORDER BY tax_pct DESC LIMIT 1"),
         ("how much VAT will we be able to reclaim next quarter?", D)),
    conv("ap-4",
         ("Which bills are still unpaid?", f"SELECT b.bill_id FROM ap_bills b WHERE {UNPAID}",
          [f"SELECT b.bill_id FROM ap_bills b WHERE {UNPAID} AND {LIVE}"]),
         ("leave out the voided ones", f"SELECT b.bill_id FROM ap_bills b WHERE {UNPAID} AND {LIVE}"),
         ("how much do we owe on those in total, in GBP?",
          f"SELECT SUM({GBP} * (1 + t.tax_pct / 100)) {BTJ} WHERE {UNPAID} AND {LIVE}",
          [f"SELECT SUM({GBP}) FROM ap_bills b WHERE {UNPAID} AND {LIVE}"]),
         ("which of them were already past due at the year end?",
          f"SELECT b.bill_id FROM ap_bills b WHERE {UNPAID} AND {LIVE} AND b.due_dt < '2024-12-31'")),
    conv("ap-5",
         ("Show me the bills voided in 2024 with the reason",
          "SELECT bill_id, void_reason FROM ap_bills WHERE is_void = 1 AND bill_dt LIKE '2024%'"),
         ("which reason comes up most often?",
          "SELECT void_reason FROM ap_bills WHERE is_void = 1 AND bill_dt LIKE '2024%' GROUP BY void_reason "
          "ORDER BY COUNT(*) DESC LIMIT 1"),
         ("who voided them?", D),
         ("what did the duplicates add up to?",
          "SELECT SUM(net_amt) FROM ap_bills WHERE is_void = 1 AND bill_dt LIKE '2024%' AND void_reason = 'Duplicate entry'",
          ["SELECT SUM(net_amt * fx_to_gbp) FROM ap_bills WHERE is_void = 1 AND bill_dt LIKE '2024%' "
           "AND void_reason = 'Duplicate entry'"])),
    conv("ap-6",
         ("For each active project, what's the cost budget and how much have we spent on it so far, leaving out "
          "voided bills?", PROJ),
         ("which of them are over budget?", f"SELECT proj_nm FROM ({PROJ}) WHERE spent > cost_budget_gbp"),
         ("by how much, as a percentage of budget?",
          f"SELECT proj_nm, 100.0 * (spent - cost_budget_gbp) / cost_budget_gbp FROM ({PROJ}) WHERE spent > cost_budget_gbp",
          [f"SELECT proj_nm, (spent - cost_budget_gbp) / cost_budget_gbp FROM ({PROJ}) WHERE spent > cost_budget_gbp"]),
         ("when is Harbourside Library due to finish?", D)),
    conv("ap-7",
         ("Monthly spend for the London studio in Q4 2024, with a running total", run("LDN", False),
          [run("LDN", True), run_v("LDN", False), run_v("LDN", True)]),
         ("and for Bristol?", run("BRS", False), [run("BRS", True), run_v("BRS", False), run_v("BRS", True)]),
         ("Which office had the highest spend over the whole of 2024?",
          f"SELECT c.cc_nm FROM ap_bills b JOIN cost_ctr c ON c.cc_id = b.cc_id WHERE b.bill_dt LIKE '2024%' "
          f"GROUP BY c.cc_nm ORDER BY SUM({GBP}) DESC LIMIT 1",
          [f"SELECT c.office_city FROM ap_bills b JOIN cost_ctr c ON c.cc_id = b.cc_id WHERE b.bill_dt LIKE '2024%' "
           f"GROUP BY c.office_city ORDER BY SUM({GBP}) DESC LIMIT 1",
           f"SELECT c.cc_nm FROM ap_bills b JOIN cost_ctr c ON c.cc_id = b.cc_id WHERE b.bill_dt LIKE '2024%' "
           f"AND {LIVE} GROUP BY c.cc_nm ORDER BY SUM({GBP}) DESC LIMIT 1",
           f"SELECT c.office_city FROM ap_bills b JOIN cost_ctr c ON c.cc_id = b.cc_id WHERE b.bill_dt LIKE '2024%' "
           f"AND {LIVE} GROUP BY c.office_city ORDER BY SUM({GBP}) DESC LIMIT 1"])),
    conv("ap-8",
         ("How many credit notes did vendors send us in 2024?", f"SELECT COUNT(*) FROM ap_bills b WHERE {CN24}"),
         ("who sent the most?", f"SELECT vendor_nm FROM vendors WHERE vendor_no = ({TOPCN})"),
         ("what do their credit notes add up to?",
          f"SELECT SUM(b.net_amt) FROM ap_bills b WHERE {CN24} AND b.vendor_no = ({TOPCN})",
          [f"SELECT -SUM(b.net_amt) FROM ap_bills b WHERE {CN24} AND b.vendor_no = ({TOPCN})"]),
         ("what's their bank sort code?", D)),
    conv("ap-9",
         ("On average, how many days after the bill date do we pay, by vendor category?",
          "SELECT v.vendor_cat, AVG(julianday(b.paid_dt) - julianday(b.bill_dt)) FROM ap_bills b "
          "JOIN vendors v ON v.vendor_no = b.vendor_no WHERE b.paid_dt IS NOT NULL GROUP BY v.vendor_cat",
          ["SELECT v.vendor_cat, AVG(julianday(b.paid_dt) - julianday(b.bill_dt)) FROM ap_bills b "
           "JOIN vendors v ON v.vendor_no = b.vendor_no WHERE b.paid_dt IS NOT NULL AND b.net_amt > 0 GROUP BY v.vendor_cat"]),
         ("Which bills did we pay late in December 2024?",
          "SELECT bill_id FROM ap_bills WHERE paid_dt LIKE '2024-12%' AND paid_dt > due_dt"),
         ("how much late-payment interest were we charged on them?", D)),
    conv("ap-10",
         ("How much did we spend on software in 2024?", f"SELECT SUM({GBP}) {SW} AND b.bill_dt LIKE '2024%'",
          [f"SELECT SUM({GBP}) {SW} AND b.bill_dt LIKE '2024%' AND {LIVE}"]),
         ("and in the second half of 2023?", f"SELECT SUM({GBP}) {SW} AND b.bill_dt BETWEEN '2023-07-01' AND '2023-12-31'",
          [f"SELECT SUM({GBP}) {SW} AND b.bill_dt BETWEEN '2023-07-01' AND '2023-12-31' AND {LIVE}"]),
         ("which software vendor cost us the most in 2024?",
          f"SELECT v.vendor_nm {SW} AND b.bill_dt LIKE '2024%' GROUP BY v.vendor_nm ORDER BY SUM({GBP}) DESC LIMIT 1",
          [f"SELECT v.vendor_nm {SW} AND b.bill_dt LIKE '2024%' AND {LIVE} GROUP BY v.vendor_nm "
           f"ORDER BY SUM({GBP}) DESC LIMIT 1"]),
         ("is that licence due for renewal?", D)),
]

SETS = {"budgets": BUDGETS, "receivables": RECEIVABLES, "payables": PAYABLES}
