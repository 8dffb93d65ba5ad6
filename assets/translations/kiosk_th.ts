<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>"{name}" cannot be a database or role name: use small letters, digits and _ only.</source>
      <translation>"{name}" ใช้เป็นชื่อฐานข้อมูลหรือชื่อบทบาทไม่ได้ ใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และ _</translation>
    </message>
    <message>
      <source>"{text}" is not a quantity.</source>
      <translation>"{text}" ไม่ใช่จำนวน ใส่ตัวเลข เช่น 2 หรือ 0.35</translation>
    </message>
    <message>
      <source>"{text}" is not an amount of baht.</source>
      <translation>"{text}" ไม่ใช่จำนวนเงิน ใส่ตัวเลข เช่น 20 หรือ 12.50</translation>
    </message>
    <message>
      <source>"{url}" is not a database URL. Use for example sqlite:////home/kiosk/kiosk.sqlite3 or postgresql+psycopg://user@host/database.</source>
      <translation>"{url}" ไม่ใช่ที่อยู่ฐานข้อมูล ใช้แบบนี้ เช่น sqlite:////home/kiosk/kiosk.sqlite3 หรือ postgresql+psycopg://user@host/database</translation>
    </message>
    <message>
      <source>(closed)</source>
      <translation>(ปิดแล้ว)</translation>
    </message>
    <message>
      <source>(day)</source>
      <translation>(วันที่)</translation>
    </message>
    <message>
      <source>(month)</source>
      <translation>(เดือน)</translation>
    </message>
    <message>
      <source>(not said)</source>
      <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
      <source>(reversed by {n})</source>
      <translation>(กลับรายการแล้ว ด้วยรายการที่ {n})</translation>
    </message>
    <message>
      <source>(reversed)</source>
      <translation>(กลับรายการแล้ว)</translation>
    </message>
    <message>
      <source>(to {day})</source>
      <translation>(ถึงวันที่ {day})</translation>
    </message>
    <message>
      <source>(voided)</source>
      <translation>(ยกเลิกแล้ว)</translation>
    </message>
    <message>
      <source>+ New operator</source>
      <translation>+ เพิ่มผู้ใช้</translation>
    </message>
    <message>
      <source>+ New participant</source>
      <translation>+ เพิ่มสมาชิก</translation>
    </message>
    <message>
      <source>+ New product</source>
      <translation>+ เพิ่มสินค้า</translation>
    </message>
    <message>
      <source>+{n} more</source>
      <translation>+อีก {n}</translation>
    </message>
    <message>
      <source>-&gt; in the books now: {value}</source>
      <translation>-&gt; ในบัญชีตอนนี้: {value}</translation>
    </message>
    <message>
      <source>... and {n} more</source>
      <translation>... และอีก {n} รายการ</translation>
    </message>
    <message>
      <source>1 day late</source>
      <translation>เกินกำหนด 1 วัน</translation>
    </message>
    <message>
      <source>1 line</source>
      <translation>1 รายการ</translation>
    </message>
    <message>
      <source>1 try left.</source>
      <translation>ลองได้อีก 1 ครั้ง</translation>
    </message>
    <message>
      <source>1. The customer scans with a bank app
2. Look at the customer's phone: it must show success
3. Then press the green button</source>
      <translation>1. ลูกค้าสแกนด้วยแอปธนาคาร
2. ดูหน้าจอมือถือลูกค้า ต้องขึ้นว่าโอนสำเร็จ
3. แล้วค่อยกดปุ่มสีเขียว</translation>
    </message>
    <message>
      <source>100 g</source>
      <translation>ขีด</translation>
    </message>
    <message>
      <source>13 digits (optional)</source>
      <translation>13 หลัก (ไม่ใส่ก็ได้)</translation>
    </message>
    <message>
      <source>13 digits, or leave empty</source>
      <translation>13 หลัก หรือเว้นว่าง</translation>
    </message>
    <message>
      <source>A PIN has 4 to 6 digits.</source>
      <translation>รหัสผ่านเป็นตัวเลข 4 ถึง 6 หลัก</translation>
    </message>
    <message>
      <source>A PromptPay QR can be at most {max}.</source>
      <translation>คิวอาร์พร้อมเพย์รับได้ไม่เกิน {max} รับส่วนที่เหลือเป็นเงินสด</translation>
    </message>
    <message>
      <source>A PromptPay target is a Thai mobile number (10 digits, 06/08/09) or a 13-digit ID.</source>
      <translation>เบอร์พร้อมเพย์ต้องเป็นเบอร์มือถือ 10 หลัก (ขึ้นต้น 06/08/09) หรือเลขประจำตัว 13 หลัก</translation>
    </message>
    <message>
      <source>A backup must go to another file than the database itself.</source>
      <translation>ต้องสำรองไปยังไฟล์อื่น ไม่ใช่ไฟล์ฐานข้อมูลเดียวกัน</translation>
    </message>
    <message>
      <source>A backup on the database server needs PostgreSQL's pg_dump and pg_restore programs, and they were not found on this computer. Install the PostgreSQL client programs (Debian/Ubuntu: sudo apt-get install postgresql-client; Windows: add PostgreSQL's bin folder to PATH), then try again. Nothing was changed.</source>
      <translation>การสำรองข้อมูลบนเครื่องฐานข้อมูลต้องใช้โปรแกรม pg_dump และ pg_restore ของ PostgreSQL แต่ไม่พบในเครื่องนี้ ให้ติดตั้งโปรแกรมฝั่งผู้ใช้ของ PostgreSQL (Debian/Ubuntu: sudo apt-get install postgresql-client; Windows: เพิ่มโฟลเดอร์ bin ของ PostgreSQL ใน PATH) แล้วลองใหม่ ยังไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
      <source>A backup passphrase has {low} to {high} characters.</source>
      <translation>รหัสผ่านสำรองข้อมูลต้องยาว {low} ถึง {high} ตัวอักษร</translation>
    </message>
    <message>
      <source>A backup passphrase is already set on this PC.</source>
      <translation>เครื่องนี้ตั้งรหัสผ่านสำรองข้อมูลไว้แล้ว</translation>
    </message>
    <message>
      <source>A bed must be longer and wider than 0 cm.</source>
      <translation>แปลงต้องยาวและกว้างมากกว่า 0 ซม.</translation>
    </message>
    <message>
      <source>A check code has 12 letters and digits, such as ABCD-EFGH-JKM5.</source>
      <translation>รหัสตรวจสอบมีตัวอักษรและตัวเลข 12 ตัว เช่น ABCD-EFGH-JKM5</translation>
    </message>
    <message>
      <source>A colour is written like #4caf50.</source>
      <translation>ใส่สีแบบ #4caf50</translation>
    </message>
    <message>
      <source>A date is written like 2016-11-01.</source>
      <translation>เขียนวันที่แบบ 2016-11-01</translation>
    </message>
    <message>
      <source>A day earlier</source>
      <translation>ย้อนไป 1 วัน</translation>
    </message>
    <message>
      <source>A day later</source>
      <translation>ถัดไป 1 วัน</translation>
    </message>
    <message>
      <source>A discount can be at most {max}.</source>
      <translation>ส่วนลดให้ได้ไม่เกิน {max}</translation>
    </message>
    <message>
      <source>A discount must be less than the line's amount.</source>
      <translation>ส่วนลดต้องน้อยกว่ายอดของรายการ</translation>
    </message>
    <message>
      <source>A harvest cannot come before the planting ({date}).</source>
      <translation>วันเก็บผักต้องไม่ก่อนวันปลูก ({date})</translation>
    </message>
    <message>
      <source>A loan cannot be rescheduled before it was paid out on {date}.</source>
      <translation>ปรับงวดก่อนวันปล่อยกู้ ({date}) ไม่ได้</translation>
    </message>
    <message>
      <source>A loan's payout is reversed by cancelling the loan.</source>
      <translation>การปล่อยกู้กลับรายการได้โดยยกเลิกเงินกู้เท่านั้น</translation>
    </message>
    <message>
      <source>A name is at most 120 letters.</source>
      <translation>ชื่อยาวได้ไม่เกิน 120 ตัวอักษร</translation>
    </message>
    <message>
      <source>A national ID has 13 digits.</source>
      <translation>เลขบัตรประชาชนต้องมี 13 หลัก</translation>
    </message>
    <message>
      <source>A new price can be at most {max} per unit.</source>
      <translation>ราคาใหม่ตั้งได้ไม่เกิน {max} ต่อหน่วย</translation>
    </message>
    <message>
      <source>A participant code looks like P0012.</source>
      <translation>รหัสสมาชิกเขียนแบบนี้ P0012</translation>
    </message>
    <message>
      <source>A percentage is between 0 and 100.</source>
      <translation>เปอร์เซ็นต์ต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
      <source>A phone number has 9 or 10 digits and starts with 0.</source>
      <translation>เบอร์โทรต้องมี 9 หรือ 10 หลัก และขึ้นต้นด้วย 0</translation>
    </message>
    <message>
      <source>A price is at most {max} a unit.</source>
      <translation>ราคาต่อหน่วยไม่เกิน {max}</translation>
    </message>
    <message>
      <source>A price must be more than zero.</source>
      <translation>ราคาต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>A product name has at most {max} letters.</source>
      <translation>ชื่อสินค้ายาวได้ไม่เกิน {max} ตัวอักษร</translation>
    </message>
    <message>
      <source>A quantity has at most 3 digits after the point.</source>
      <translation>จำนวนมีทศนิยมได้ไม่เกิน 3 ตำแหน่ง</translation>
    </message>
    <message>
      <source>A repayment cannot be dated before the loan was paid out on {date}.</source>
      <translation>วันที่รับชำระต้องไม่ก่อนวันปล่อยกู้ ({date})</translation>
    </message>
    <message>
      <source>A repeating task needs an end date after its first day.</source>
      <translation>งานที่ทำซ้ำต้องมีวันสิ้นสุดหลังวันแรก</translation>
    </message>
    <message>
      <source>A reversal cannot be reversed; post the entry again instead.</source>
      <translation>กลับรายการที่เป็นการกลับรายการไม่ได้ บันทึกรายการใหม่แทน</translation>
    </message>
    <message>
      <source>A staff member approved: {action} ({target}).</source>
      <translation>เจ้าหน้าที่อนุมัติ: {action} ({target})</translation>
    </message>
    <message>
      <source>A staff member enters their PIN to approve.</source>
      <translation>เจ้าหน้าที่ใส่รหัสผ่านเพื่ออนุมัติ</translation>
    </message>
    <message>
      <source>A tax ID has 13 digits, such as 0-9940-00123-45-6.</source>
      <translation>เลขประจำตัวผู้เสียภาษีมี 13 หลัก เช่น 0-9940-00123-45-6</translation>
    </message>
    <message>
      <source>A week earlier</source>
      <translation>ย้อนไป 1 สัปดาห์</translation>
    </message>
    <message>
      <source>A week later</source>
      <translation>ถัดไป 1 สัปดาห์</translation>
    </message>
    <message>
      <source>A write-off cannot be dated before the loan's last payment.</source>
      <translation>วันที่ตัดหนี้สูญต้องไม่ก่อนวันรับชำระครั้งล่าสุดของเงินกู้</translation>
    </message>
    <message>
      <source>A wrong passphrase or a damaged file changes nothing; try an older backup.</source>
      <translation>ถ้ารหัสผ่านผิดหรือไฟล์เสียหาย จะไม่มีอะไรถูกเปลี่ยน ลองใช้ข้อมูลสำรองชุดก่อนหน้า</translation>
    </message>
    <message>
      <source>About</source>
      <translation>เกี่ยวกับ</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>บัญชี</translation>
    </message>
    <message>
      <source>Account added</source>
      <translation>เพิ่มบัญชี</translation>
    </message>
    <message>
      <source>Account closed</source>
      <translation>ปิดบัญชี</translation>
    </message>
    <message>
      <source>Account code</source>
      <translation>รหัสบัญชี</translation>
    </message>
    <message>
      <source>Account {code}</source>
      <translation>บัญชี {code}</translation>
    </message>
    <message>
      <source>Account {code} added.</source>
      <translation>เพิ่มบัญชี {code} แล้ว</translation>
    </message>
    <message>
      <source>Account {code} is closed.</source>
      <translation>ปิดบัญชี {code} แล้ว</translation>
    </message>
    <message>
      <source>Account {target} closed.</source>
      <translation>ปิดบัญชี {target}</translation>
    </message>
    <message>
      <source>Account {target} {name} added.</source>
      <translation>เพิ่มบัญชี {target} {name}</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>บัญชี</translation>
    </message>
    <message>
      <source>Accounts are never deleted, only closed.</source>
      <translation>บัญชีลบไม่ได้ ทำได้แค่ปิด</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Active again.</source>
      <translation>ใช้งานได้อีกครั้งแล้ว</translation>
    </message>
    <message>
      <source>Add a bed</source>
      <translation>เพิ่มแปลง</translation>
    </message>
    <message>
      <source>Add a crop</source>
      <translation>เพิ่มพืช</translation>
    </message>
    <message>
      <source>Add a training session</source>
      <translation>เพิ่มการอบรม</translation>
    </message>
    <message>
      <source>Add a training session first.</source>
      <translation>เพิ่มการอบรมก่อน</translation>
    </message>
    <message>
      <source>Add crops and beds first.</source>
      <translation>เพิ่มพืชและแปลงก่อน</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>ที่อยู่</translation>
    </message>
    <message>
      <source>Adjustments</source>
      <translation>รายการปรับปรุง</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
      <source>Admin (everything)</source>
      <translation>ผู้ดูแลระบบ (ทำได้ทุกอย่าง)</translation>
    </message>
    <message>
      <source>All accounts</source>
      <translation>ทุกบัญชี</translation>
    </message>
    <message>
      <source>All beds</source>
      <translation>ทุกแปลง</translation>
    </message>
    <message>
      <source>All crops</source>
      <translation>ทุกพืช</translation>
    </message>
    <message>
      <source>All participants</source>
      <translation>สมาชิกทุกคน</translation>
    </message>
    <message>
      <source>All the data about {target} was exported ({via}).</source>
      <translation>ส่งออกข้อมูลทั้งหมดของ {target} แล้ว ({via})</translation>
    </message>
    <message>
      <source>All the kiosk holds about you</source>
      <translation>ข้อมูลทั้งหมดที่คีออสก์เก็บเกี่ยวกับท่าน</translation>
    </message>
    <message>
      <source>All {total} checks passed.</source>
      <translation>ผ่านการตรวจครบทั้ง {total} รายการ</translation>
    </message>
    <message>
      <source>Always</source>
      <translation>ทุกครั้ง</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>จำนวนเงิน</translation>
    </message>
    <message>
      <source>Amount (baht)</source>
      <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
      <source>Amount lent (baht)</source>
      <translation>เงินที่ให้กู้ (บาท)</translation>
    </message>
    <message>
      <source>An account cannot be deleted; close it when it is no longer used.</source>
      <translation>ลบบัญชีไม่ได้ ถ้าไม่ใช้แล้วให้ปิดบัญชีแทน</translation>
    </message>
    <message>
      <source>An account with this code already exists.</source>
      <translation>มีบัญชีรหัสนี้อยู่แล้ว</translation>
    </message>
    <message>
      <source>An amount has at most 2 digits after the point (satang).</source>
      <translation>จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)</translation>
    </message>
    <message>
      <source>An expected yield is at most {max} {unit}.</source>
      <translation>ผลผลิตที่คาดไว้ได้ไม่เกิน {max} {unit}</translation>
    </message>
    <message>
      <source>An opening float of {amount}? That is more than usual.</source>
      <translation>เงินทอนตั้งต้น {amount} ใช่ไหม? มากกว่าปกติ</translation>
    </message>
    <message>
      <source>An operator with this name already exists.</source>
      <translation>มีผู้ใช้ชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
      <source>Another participant already has this national ID.</source>
      <translation>เลขบัตรประชาชนนี้เป็นของสมาชิกคนอื่นแล้ว</translation>
    </message>
    <message>
      <source>Another terminal changed the same records at the same moment on {host}. Nothing was saved here: try again.</source>
      <translation>เครื่องอีกเครื่องแก้ข้อมูลเดียวกันในเวลาเดียวกันที่ {host} รายการนี้ยังไม่ได้บันทึก ลองใหม่อีกครั้ง</translation>
    </message>
    <message>
      <source>Approval refused</source>
      <translation>อนุมัติไม่ผ่าน</translation>
    </message>
    <message>
      <source>Approval refused: {action} ({target}).</source>
      <translation>ไม่อนุมัติ: {action} ({target})</translation>
    </message>
    <message>
      <source>Approvals locked</source>
      <translation>ล็อกการอนุมัติ</translation>
    </message>
    <message>
      <source>Approvals locked until {until} ({target}).</source>
      <translation>ล็อกการอนุมัติถึง {until} ({target})</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
      <source>Archive bed</source>
      <translation>เก็บแปลงเข้าประวัติ</translation>
    </message>
    <message>
      <source>Arrears</source>
      <translation>ค้างชำระ</translation>
    </message>
    <message>
      <source>Ask each time</source>
      <translation>ถามทุกครั้ง</translation>
    </message>
    <message>
      <source>Ask the staff for a copy of everything the kiosk keeps about you: you get it printed and as a file.</source>
      <translation>ขอสำเนาข้อมูลทั้งหมดที่คีออสก์เก็บเกี่ยวกับท่านได้จากเจ้าหน้าที่ ท่านจะได้รับทั้งแบบพิมพ์และแบบไฟล์</translation>
    </message>
    <message>
      <source>Ask us to correct what is wrong, or to erase your personal details after you leave (once you owe the fund nothing).</source>
      <translation>ขอให้แก้ไขข้อมูลที่ไม่ถูกต้อง หรือขอให้ลบข้อมูลส่วนตัวหลังออกจากโครงการ (เมื่อไม่มีหนี้ค้างกับกองทุนแล้ว)</translation>
    </message>
    <message>
      <source>Asset</source>
      <translation>สินทรัพย์</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>บันทึกการใช้งาน</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>กลับ</translation>
    </message>
    <message>
      <source>Back to the cart</source>
      <translation>กลับไปที่ตะกร้า</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
      <source>Backing up...</source>
      <translation>กำลังสำรองข้อมูล...</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>สำรองข้อมูล</translation>
    </message>
    <message>
      <source>Backup folder (USB stick)</source>
      <translation>โฟลเดอร์สำรองข้อมูล (แฟลชไดรฟ์)</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>รหัสผ่านสำรองข้อมูล</translation>
    </message>
    <message>
      <source>Backup passphrase:</source>
      <translation>รหัสผ่านสำรองข้อมูล:</translation>
    </message>
    <message>
      <source>Backup recovery sheet</source>
      <translation>แผ่นกู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
      <source>Backup saved and checked: {path}</source>
      <translation>สำรองข้อมูลและตรวจแล้ว: {path}</translation>
    </message>
    <message>
      <source>Backup saved and checked: {path} ({size}, {rows} rows in {tables} tables).</source>
      <translation>สำรองข้อมูลและตรวจแล้ว: {path} ({size}, {rows} แถว ใน {tables} ตาราง)</translation>
    </message>
    <message>
      <source>Backup saved to {target}.</source>
      <translation>สำรองข้อมูลไว้ที่ {target}</translation>
    </message>
    <message>
      <source>Backup saved.</source>
      <translation>สำรองข้อมูลแล้ว</translation>
    </message>
    <message>
      <source>Backup {path}: {size}, {rows} rows, checked OK.</source>
      <translation>ไฟล์สำรอง {path}: {size}, {rows} แถว ตรวจแล้วใช้ได้</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>สำรองข้อมูล</translation>
    </message>
    <message>
      <source>Backups are encrypted. The passphrase was set on {day}; hint: {hint}. A new one applies to the backups made after; older ones keep theirs.</source>
      <translation>ข้อมูลสำรองถูกเข้ารหัส ตั้งรหัสผ่านเมื่อ {day} คำใบ้: {hint} ถ้าเปลี่ยนรหัสผ่าน จะใช้กับข้อมูลสำรองที่ทำหลังจากนั้น ชุดเก่ายังใช้รหัสผ่านเดิม</translation>
    </message>
    <message>
      <source>Bad produce</source>
      <translation>ผักเสีย</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
      <source>Balance at the end</source>
      <translation>ยอดคงเหลือปลายเดือน</translation>
    </message>
    <message>
      <source>Balance at the start</source>
      <translation>ยอดคงเหลือต้นเดือน</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>บัญชีธนาคาร</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>แปลง</translation>
    </message>
    <message>
      <source>Bed added</source>
      <translation>เพิ่มแปลง</translation>
    </message>
    <message>
      <source>Bed archived</source>
      <translation>เก็บแปลง</translation>
    </message>
    <message>
      <source>Bed changed</source>
      <translation>แก้ไขแปลง</translation>
    </message>
    <message>
      <source>Bed deleted</source>
      <translation>ลบแปลง</translation>
    </message>
    <message>
      <source>Bed {name}</source>
      <translation>แปลง {name}</translation>
    </message>
    <message>
      <source>Bed {name} has plantings and cannot be deleted. Archive it instead.</source>
      <translation>แปลง {name} มีประวัติการปลูก ลบไม่ได้ เก็บเข้าประวัติแทน</translation>
    </message>
    <message>
      <source>Bed {target} added.</source>
      <translation>เพิ่มแปลง {target}</translation>
    </message>
    <message>
      <source>Bed {target} archived.</source>
      <translation>เก็บแปลง {target} เข้าประวัติ</translation>
    </message>
    <message>
      <source>Bed {target} deleted.</source>
      <translation>ลบแปลง {target}</translation>
    </message>
    <message>
      <source>Bed {target} resized.</source>
      <translation>ปรับขนาดแปลง {target}</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>บิล</translation>
    </message>
    <message>
      <source>Bill and time</source>
      <translation>บิล เวลา</translation>
    </message>
    <message>
      <source>Bill voided</source>
      <translation>ยกเลิกบิล</translation>
    </message>
    <message>
      <source>Bring back</source>
      <translation>กลับมาเป็นสมาชิก</translation>
    </message>
    <message>
      <source>By</source>
      <translation>โดย</translation>
    </message>
    <message>
      <source>By money (฿)</source>
      <translation>ตามจำนวนเงิน (บาท)</translation>
    </message>
    <message>
      <source>By owner</source>
      <translation>แยกตามเจ้าของผัก</translation>
    </message>
    <message>
      <source>By product</source>
      <translation>แยกตามสินค้า</translation>
    </message>
    <message>
      <source>By weight ({unit})</source>
      <translation>ตามน้ำหนัก ({unit})</translation>
    </message>
    <message>
      <source>CAS continuous output</source>
      <translation>CAS ส่งน้ำหนักต่อเนื่อง</translation>
    </message>
    <message>
      <source>COPY</source>
      <translation>สำเนา</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>กลับ</translation>
    </message>
    <message>
      <source>Cancel this loan</source>
      <translation>ยกเลิกเงินกู้นี้</translation>
    </message>
    <message>
      <source>Cannot create the database in {folder}: the folder is read-only or cannot be made. Choose another place with --db, or ask whoever looks after this computer to allow writing there.</source>
      <translation>สร้างฐานข้อมูลใน {folder} ไม่ได้ เพราะโฟลเดอร์เขียนไม่ได้หรือสร้างไม่ได้ ให้เลือกที่อื่นด้วย --db หรือขอให้ผู้ดูแลเครื่องเปิดสิทธิ์ให้เขียนได้</translation>
    </message>
    <message>
      <source>Cannot erase: they still owe the fund {amount} baht on their loans. Erase after the loans are repaid or written off.</source>
      <translation>ลบไม่ได้ เพราะยังมีหนี้เงินกู้ค้างกับกองทุน {amount} บาท ลบได้เมื่อชำระคืนครบหรือตัดหนี้สูญแล้ว</translation>
    </message>
    <message>
      <source>Cannot reach the database server {host}. Check the network cable or Wi-Fi and that the office computer is on, then try again.</source>
      <translation>ติดต่อเครื่องฐานข้อมูล {host} ไม่ได้ ตรวจสายแลนหรือ Wi-Fi และดูว่าเปิดเครื่องคอมพิวเตอร์ที่สำนักงานอยู่ แล้วลองใหม่</translation>
    </message>
    <message>
      <source>Cannot reach the printer ({error}).</source>
      <translation>ติดต่อเครื่องพิมพ์ไม่ได้ ({error})</translation>
    </message>
    <message>
      <source>Cannot reach the printer. The sale is saved: check the printer's cable and power, then print again.</source>
      <translation>พิมพ์ไม่ออก แต่ขายเสร็จแล้ว ดูสายและปลั๊กของเครื่องพิมพ์ แล้วกด "พิมพ์อีกครั้ง"</translation>
    </message>
    <message>
      <source>Cannot save the poster in {folder}.</source>
      <translation>บันทึกป้ายลงใน {folder} ไม่ได้</translation>
    </message>
    <message>
      <source>Cannot save the receipt in {folder}. Tell the staff.</source>
      <translation>บันทึกใบเสร็จลงใน {folder} ไม่ได้ บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Cannot write the backup to {path}. Choose another folder or USB drive.</source>
      <translation>เขียนไฟล์สำรองไปที่ {path} ไม่ได้ ให้เลือกโฟลเดอร์หรือแฟลชไดรฟ์อื่น</translation>
    </message>
    <message>
      <source>Capital</source>
      <translation>ทุน</translation>
    </message>
    <message>
      <source>Cart</source>
      <translation>ตะกร้า</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>เงินสด</translation>
    </message>
    <message>
      <source>Cash counted</source>
      <translation>เงินสดที่นับได้</translation>
    </message>
    <message>
      <source>Cash drawer</source>
      <translation>เงินสด</translation>
    </message>
    <message>
      <source>Cash drawer opened</source>
      <translation>เปิดลิ้นชักเก็บเงิน</translation>
    </message>
    <message>
      <source>Cash drawer opened by hand: {reason}.</source>
      <translation>เปิดลิ้นชักเก็บเงินเอง: {reason}</translation>
    </message>
    <message>
      <source>Cash exactly right</source>
      <translation>เงินตรงพอดี</translation>
    </message>
    <message>
      <source>Cash expected in the drawer</source>
      <translation>เงินสดที่ควรมีในลิ้นชัก</translation>
    </message>
    <message>
      <source>Cash in the drawer at the start (baht)</source>
      <translation>เงินในลิ้นชักตอนเปิดร้าน (บาท)</translation>
    </message>
    <message>
      <source>Cash over</source>
      <translation>เงินเกิน</translation>
    </message>
    <message>
      <source>Cash received</source>
      <translation>รับเงินสด</translation>
    </message>
    <message>
      <source>Cash short</source>
      <translation>เงินขาด</translation>
    </message>
    <message>
      <source>Cash {cash} + PromptPay {qr}</source>
      <translation>เงินสด {cash} + พร้อมเพย์ {qr}</translation>
    </message>
    <message>
      <source>Cash, bank and PromptPay</source>
      <translation>เงินสด เงินฝากธนาคาร และพร้อมเพย์</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>หมวด</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>เงินทอน</translation>
    </message>
    <message>
      <source>Change a planting's status</source>
      <translation>เปลี่ยนสถานะการปลูก</translation>
    </message>
    <message>
      <source>Change for a neighbour</source>
      <translation>แลกเงินทอนให้ร้านข้างๆ</translation>
    </message>
    <message>
      <source>Change price (staff PIN)</source>
      <translation>เปลี่ยนราคา (รหัสเจ้าหน้าที่)</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
      <source>Change the amount</source>
      <translation>แก้จำนวนเงิน</translation>
    </message>
    <message>
      <source>Change the backup passphrase</source>
      <translation>เปลี่ยนรหัสผ่านสำรองข้อมูล</translation>
    </message>
    <message>
      <source>Change {amount}</source>
      <translation>เงินทอน {amount}</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>ตรวจ</translation>
    </message>
    <message>
      <source>Check code</source>
      <translation>รหัสตรวจสอบ</translation>
    </message>
    <message>
      <source>Check code: {code}</source>
      <translation>รหัสตรวจสอบ: {code}</translation>
    </message>
    <message>
      <source>Check that the printer is on and has paper, then press "Print again". If it still does not print, tell the staff.</source>
      <translation>ดูว่าเครื่องพิมพ์เปิดอยู่และมีกระดาษ แล้วกด "พิมพ์อีกครั้ง" ถ้ายังไม่ออก บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Check that your app shows the name: {name}</source>
      <translation>ดูว่าแอปขึ้นชื่อบัญชี: {name}</translation>
    </message>
    <message>
      <source>Checking the PIN…</source>
      <translation>กำลังตรวจรหัสผ่าน…</translation>
    </message>
    <message>
      <source>Choose a date from {first} to {last}.</source>
      <translation>เลือกวันที่ระหว่าง {first} ถึง {last}</translation>
    </message>
    <message>
      <source>Choose a loan to see its instalments.</source>
      <translation>เลือกเงินกู้เพื่อดูงวดผ่อน</translation>
    </message>
    <message>
      <source>Choose a month and a participant first.</source>
      <translation>เลือกเดือนและสมาชิกก่อน</translation>
    </message>
    <message>
      <source>Choose a month.</source>
      <translation>เลือกเดือน</translation>
    </message>
    <message>
      <source>Choose a participant.</source>
      <translation>เลือกสมาชิก</translation>
    </message>
    <message>
      <source>Choose a product on the left</source>
      <translation>เลือกผักทางซ้ายก่อน</translation>
    </message>
    <message>
      <source>Choose a repayment in the list to reverse it.</source>
      <translation>เลือกรายการรับชำระในตารางเพื่อกลับรายการ</translation>
    </message>
    <message>
      <source>Choose an account to close it.</source>
      <translation>เลือกบัญชีที่จะปิด</translation>
    </message>
    <message>
      <source>Choose an account to see its statement.</source>
      <translation>เลือกบัญชีเพื่อดูรายการเคลื่อนไหว</translation>
    </message>
    <message>
      <source>Choose an entry to see its lines.</source>
      <translation>เลือกรายการเพื่อดูรายละเอียด</translation>
    </message>
    <message>
      <source>Choose how interest is charged.</source>
      <translation>เลือกวิธีคิดดอกเบี้ย</translation>
    </message>
    <message>
      <source>Choose how the money was paid.</source>
      <translation>เลือกวิธีที่จ่ายเงิน</translation>
    </message>
    <message>
      <source>Choose monthly or weekly instalments.</source>
      <translation>เลือกผ่อนรายเดือนหรือรายสัปดาห์</translation>
    </message>
    <message>
      <source>Choose the account's type.</source>
      <translation>เลือกประเภทบัญชี</translation>
    </message>
    <message>
      <source>Choose the photo again.</source>
      <translation>เลือกรูปใหม่อีกครั้ง</translation>
    </message>
    <message>
      <source>Choose the scale's port first.</source>
      <translation>เลือกช่องต่อตาชั่งก่อน</translation>
    </message>
    <message>
      <source>Choose what to do with money beyond what is owed.</source>
      <translation>เลือกว่าจะทำอย่างไรกับเงินที่เกินยอดค้าง</translation>
    </message>
    <message>
      <source>Choose what to refund.</source>
      <translation>เลือกรายการที่จะคืนเงินก่อน</translation>
    </message>
    <message>
      <source>Choose where the money is paid from.</source>
      <translation>เลือกว่าจ่ายเงินจากที่ไหน</translation>
    </message>
    <message>
      <source>Choose where the money was received.</source>
      <translation>เลือกว่ารับเงินเข้าที่ไหน</translation>
    </message>
    <message>
      <source>Choose whose produce this is.</source>
      <translation>เลือกก่อนว่าเป็นผักของใคร</translation>
    </message>
    <message>
      <source>Choose yes or no.</source>
      <translation>เลือกใช่หรือไม่ใช่</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>ล้าง</translation>
    </message>
    <message>
      <source>Clear the cart</source>
      <translation>ล้างตะกร้า</translation>
    </message>
    <message>
      <source>Clear the cash received</source>
      <translation>ล้างเงินที่รับมา</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>กลับ</translation>
    </message>
    <message>
      <source>Close a month</source>
      <translation>ปิดงวดบัญชี</translation>
    </message>
    <message>
      <source>Close account</source>
      <translation>ปิดบัญชี</translation>
    </message>
    <message>
      <source>Close month</source>
      <translation>ปิดงวดบัญชี</translation>
    </message>
    <message>
      <source>Close the account {code} {name}? It will take no new entries; its history is kept.</source>
      <translation>ปิดบัญชี {code} {name} ใช่ไหม? ปิดแล้วจะบันทึกรายการใหม่ไม่ได้ แต่ประวัติยังเก็บไว้ครบ</translation>
    </message>
    <message>
      <source>Close the day</source>
      <translation>ปิดร้าน</translation>
    </message>
    <message>
      <source>Close the day with {amount} counted</source>
      <translation>ปิดร้าน นับเงินได้ {amount}</translation>
    </message>
    <message>
      <source>Close today with {amount} counted? Expected in the drawer {expected}: {difference}. No more sales can be made today.</source>
      <translation>ปิดร้านวันนี้ นับเงินได้ {amount} ใช่ไหม
ควรมีในลิ้นชัก {expected} ตอนนี้{difference}
ปิดร้านแล้ว วันนี้จะขายเพิ่มไม่ได้</translation>
    </message>
    <message>
      <source>Closed at {time} by {name}</source>
      <translation>{name} ปิดร้านเวลา {time} น.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>รหัส</translation>
    </message>
    <message>
      <source>Colour on the map</source>
      <translation>สีบนผังแปลง</translation>
    </message>
    <message>
      <source>Colour {code}</source>
      <translation>สี {code}</translation>
    </message>
    <message>
      <source>Commission</source>
      <translation>ค่าฝากขาย</translation>
    </message>
    <message>
      <source>Commission on participants' produce</source>
      <translation>ค่าฝากขายผักของสมาชิก</translation>
    </message>
    <message>
      <source>Commission on participants' sales</source>
      <translation>ค่าฝากขายจากผักของสมาชิก</translation>
    </message>
    <message>
      <source>Commission this month</source>
      <translation>ค่าฝากขายเดือนนี้</translation>
    </message>
    <message>
      <source>Commission to the fund</source>
      <translation>หักค่าฝากขายเข้ากองทุน</translation>
    </message>
    <message>
      <source>Compare each payment with the bank statement and tap "On the bank statement" when you find it.</source>
      <translation>เทียบแต่ละรายการกับรายการเดินบัญชีธนาคาร เจอแล้วกดช่อง "เจอในบัญชีธนาคาร"</translation>
    </message>
    <message>
      <source>Compost</source>
      <translation>ใส่ปุ๋ยหมัก</translation>
    </message>
    <message>
      <source>Confirmed by</source>
      <translation>คนยืนยัน</translation>
    </message>
    <message>
      <source>Consent of {target} recorded ({method}, notice {notice}).</source>
      <translation>บันทึกความยินยอมของ {target} แล้ว ({method} ประกาศฉบับ {notice})</translation>
    </message>
    <message>
      <source>Consent recorded by</source>
      <translation>ผู้บันทึกความยินยอม</translation>
    </message>
    <message>
      <source>Consent recorded on {day}: {how}.</source>
      <translation>บันทึกความยินยอมเมื่อ {day}: {how}</translation>
    </message>
    <message>
      <source>Consent recorded.</source>
      <translation>บันทึกความยินยอมแล้ว</translation>
    </message>
    <message>
      <source>Consented on</source>
      <translation>ให้ความยินยอมเมื่อ</translation>
    </message>
    <message>
      <source>Consented on {day} ({how}), notice {version}, recorded by {who}.</source>
      <translation>ให้ความยินยอมเมื่อ {day} ({how}) ประกาศฉบับ {version} บันทึกโดย {who}</translation>
    </message>
    <message>
      <source>Consignment in</source>
      <translation>รับฝากขาย</translation>
    </message>
    <message>
      <source>Copied {rows} rows into {target}; the chain head is {head}.</source>
      <translation>คัดลอก {rows} แถวไปยัง {target} แล้ว หัวสายแฮชคือ {head}</translation>
    </message>
    <message>
      <source>Could not write to the disk holding {path}: it may be full, or it was removed. What you were doing was not saved; free some space or check the disk, then try again.</source>
      <translation>เขียนลงดิสก์ที่เก็บ {path} ไม่ได้ ดิสก์อาจเต็มหรือถูกถอดออก สิ่งที่เพิ่งทำยังไม่ได้บันทึก ให้ลบไฟล์ที่ไม่ใช้หรือตรวจดูดิสก์ แล้วลองใหม่</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>นับของ</translation>
    </message>
    <message>
      <source>Count all notes and coins in the drawer (baht)</source>
      <translation>นับแบงก์และเหรียญทั้งหมดในลิ้นชัก (บาท)</translation>
    </message>
    <message>
      <source>Count cash and close (Z)</source>
      <translation>นับเงินและปิดร้าน</translation>
    </message>
    <message>
      <source>Count cash and close the day</source>
      <translation>นับเงินและปิดร้านวันนี้</translation>
    </message>
    <message>
      <source>Count the cash</source>
      <translation>นับเงินในลิ้นชัก</translation>
    </message>
    <message>
      <source>Count {unit} in whole numbers.</source>
      <translation>นับ{unit}เป็นจำนวนเต็ม</translation>
    </message>
    <message>
      <source>Counted cash</source>
      <translation>เงินสดที่นับได้</translation>
    </message>
    <message>
      <source>Created: {names}.</source>
      <translation>สร้างแล้ว: {names}</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>เครดิต</translation>
    </message>
    <message>
      <source>Crop</source>
      <translation>พืช</translation>
    </message>
    <message>
      <source>Crop added</source>
      <translation>เพิ่มพืช</translation>
    </message>
    <message>
      <source>Crop changed</source>
      <translation>แก้ไขพืช</translation>
    </message>
    <message>
      <source>Crop {name}</source>
      <translation>พืช {name}</translation>
    </message>
    <message>
      <source>Crop {target} added.</source>
      <translation>เพิ่มพืช {target}</translation>
    </message>
    <message>
      <source>Crop {target} changed.</source>
      <translation>แก้ไขพืช {target}</translation>
    </message>
    <message>
      <source>Crops</source>
      <translation>พืช</translation>
    </message>
    <message>
      <source>Customer changed mind</source>
      <translation>ลูกค้าเปลี่ยนใจ</translation>
    </message>
    <message>
      <source>Customer gave the exact amount</source>
      <translation>ลูกค้าจ่ายพอดี</translation>
    </message>
    <message>
      <source>Customer paid</source>
      <translation>ลูกค้าโอนแล้ว</translation>
    </message>
    <message>
      <source>Customer paid by PromptPay</source>
      <translation>ลูกค้าโอนพร้อมเพย์แล้ว</translation>
    </message>
    <message>
      <source>Customer wants a receipt? Press print.</source>
      <translation>ลูกค้าอยากได้ใบเสร็จไหม ถ้าอยากได้ กด "พิมพ์ใบเสร็จ"</translation>
    </message>
    <message>
      <source>DIFFERS</source>
      <translation>ไม่ตรงกัน</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>ช้ำ/เสียหาย</translation>
    </message>
    <message>
      <source>Database file: {path}</source>
      <translation>ไฟล์ฐานข้อมูล: {path}</translation>
    </message>
    <message>
      <source>Database: {url}</source>
      <translation>ฐานข้อมูล: {url}</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>วันที่และเวลา</translation>
    </message>
    <message>
      <source>Date {date}</source>
      <translation>วันที่ {date}</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Day after</source>
      <translation>วันถัดไป</translation>
    </message>
    <message>
      <source>Day before</source>
      <translation>วันก่อน</translation>
    </message>
    <message>
      <source>Day closed</source>
      <translation>ปิดร้าน</translation>
    </message>
    <message>
      <source>Day closed. {difference}.</source>
      <translation>ปิดร้านแล้ว {difference}</translation>
    </message>
    <message>
      <source>Day opened</source>
      <translation>เปิดร้าน</translation>
    </message>
    <message>
      <source>Day report</source>
      <translation>สรุปยอดวันนี้</translation>
    </message>
    <message>
      <source>Day shown</source>
      <translation>วันที่แสดง</translation>
    </message>
    <message>
      <source>Day {target} closed: counted {counted} baht, expected {expected}.</source>
      <translation>ปิดร้านวันที่ {target}: นับได้ {counted} บาท ควรมี {expected}</translation>
    </message>
    <message>
      <source>Day {target} opened with a float of {opening_float} baht.</source>
      <translation>เปิดร้านวันที่ {target} เงินทอนตั้งต้น {opening_float} บาท</translation>
    </message>
    <message>
      <source>Day-close summary</source>
      <translation>สรุปยอดปิดร้าน</translation>
    </message>
    <message>
      <source>Days a bed should rest before the same plant family grows there again (0: no rest). Only a warning, never a block.</source>
      <translation>จำนวนวันที่แปลงควรพักก่อนปลูกพืชตระกูลเดียวกันซ้ำ (0 คือไม่ต้องพัก) เป็นแค่คำเตือน ไม่ห้ามปลูก</translation>
    </message>
    <message>
      <source>Days late</source>
      <translation>จำนวนวันค้างชำระ</translation>
    </message>
    <message>
      <source>Days must be a whole number.</source>
      <translation>จำนวนวันต้องเป็นเลขจำนวนเต็ม</translation>
    </message>
    <message>
      <source>Days must be between {low} and 730.</source>
      <translation>จำนวนวันต้องอยู่ระหว่าง {low} ถึง 730</translation>
    </message>
    <message>
      <source>Days past due</source>
      <translation>จำนวนวันค้างชำระ</translation>
    </message>
    <message>
      <source>Days past due are 0 to 3,650.</source>
      <translation>จำนวนวันค้างชำระต้องอยู่ระหว่าง 0 ถึง 3,650</translation>
    </message>
    <message>
      <source>Days to first harvest</source>
      <translation>วันถึงเก็บครั้งแรก</translation>
    </message>
    <message>
      <source>Days to harvest</source>
      <translation>วันถึงเก็บ</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>ปิดการใช้งาน</translation>
    </message>
    <message>
      <source>Deactivate {name}? They will no longer be able to sign in.</source>
      <translation>ปิดการใช้งานของ {name} ใช่ไหม? เข้าใช้งานไม่ได้อีก</translation>
    </message>
    <message>
      <source>Deactivated.</source>
      <translation>ปิดการใช้งานแล้ว</translation>
    </message>
    <message>
      <source>Debit</source>
      <translation>เดบิต</translation>
    </message>
    <message>
      <source>Declining balance</source>
      <translation>ลดต้นลดดอก</translation>
    </message>
    <message>
      <source>Deduct from daily sales (%)</source>
      <translation>หักจากยอดขายรายวัน (%)</translation>
    </message>
    <message>
      <source>Deducted from sales for {numbers}</source>
      <translation>หักจากยอดขายชำระ {numbers}</translation>
    </message>
    <message>
      <source>Delete the last digit</source>
      <translation>ลบตัวเลขตัวสุดท้าย</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
      <source>Demo data created</source>
      <translation>สร้างข้อมูลตัวอย่าง</translation>
    </message>
    <message>
      <source>Demo data created.</source>
      <translation>สร้างข้อมูลตัวอย่างแล้ว</translation>
    </message>
    <message>
      <source>Demo market ready: {people} participants, {operators} operators, {products} products.</source>
      <translation>ตลาดตัวอย่างพร้อมแล้ว: สมาชิก {people} คน ผู้ใช้ {operators} คน สินค้า {products} รายการ</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>อุปกรณ์</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>ส่วนลด</translation>
    </message>
    <message>
      <source>Discount (baht)</source>
      <translation>ส่วนลด (บาท)</translation>
    </message>
    <message>
      <source>Discount (staff PIN)</source>
      <translation>ส่วนลด (รหัสเจ้าหน้าที่)</translation>
    </message>
    <message>
      <source>Discount on {name}</source>
      <translation>ส่วนลดของ {name}</translation>
    </message>
    <message>
      <source>Does poorly in the {season}</source>
      <translation>ไม่ค่อยงามใน{season}</translation>
    </message>
    <message>
      <source>Donation</source>
      <translation>เงินบริจาค</translation>
    </message>
    <message>
      <source>Donation from {donor}</source>
      <translation>เงินบริจาคจาก {donor}</translation>
    </message>
    <message>
      <source>Donation of {amount} recorded.</source>
      <translation>บันทึกเงินบริจาค {amount} แล้ว</translation>
    </message>
    <message>
      <source>Donation received</source>
      <translation>รับเงินบริจาค</translation>
    </message>
    <message>
      <source>Donations</source>
      <translation>เงินบริจาค</translation>
    </message>
    <message>
      <source>Donations received</source>
      <translation>เงินบริจาคที่ได้รับ</translation>
    </message>
    <message>
      <source>Donations this month</source>
      <translation>เงินบริจาคเดือนนี้</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>เสร็จ</translation>
    </message>
    <message>
      <source>Done: {number}</source>
      <translation>เสร็จแล้ว: {number}</translation>
    </message>
    <message>
      <source>Done: {task}</source>
      <translation>เสร็จแล้ว: {task}</translation>
    </message>
    <message>
      <source>Donor</source>
      <translation>ผู้บริจาค</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>ครบกำหนด</translation>
    </message>
    <message>
      <source>Due in the month</source>
      <translation>ครบกำหนดในเดือน</translation>
    </message>
    <message>
      <source>Edit: {name}</source>
      <translation>แก้ไข: {name}</translation>
    </message>
    <message>
      <source>Empty: the kiosk's own folder</source>
      <translation>เว้นว่าง: ใช้โฟลเดอร์ของเครื่อง</translation>
    </message>
    <message>
      <source>Empty: the stall's name is printed</source>
      <translation>เว้นว่าง: ใช้ชื่อร้าน</translation>
    </message>
    <message>
      <source>End of month</source>
      <translation>สิ้นเดือน</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>ชื่ออังกฤษ</translation>
    </message>
    <message>
      <source>Enter a percentage such as 10 or 12.5.</source>
      <translation>ใส่เปอร์เซ็นต์ เช่น 10 หรือ 12.5</translation>
    </message>
    <message>
      <source>Enter the account's code.</source>
      <translation>ใส่รหัสบัญชี</translation>
    </message>
    <message>
      <source>Enter the account's name in Thai.</source>
      <translation>ใส่ชื่อบัญชีภาษาไทย</translation>
    </message>
    <message>
      <source>Enter the interest rate, or choose no interest.</source>
      <translation>ใส่อัตราดอกเบี้ย หรือเลือกไม่คิดดอกเบี้ย</translation>
    </message>
    <message>
      <source>Enter the whole path of the backup folder, starting with /.</source>
      <translation>ใส่ที่อยู่เต็มของโฟลเดอร์สำรองข้อมูล ขึ้นต้นด้วย /</translation>
    </message>
    <message>
      <source>Enter the {what}.</source>
      <translation>ใส่{what}</translation>
    </message>
    <message>
      <source>Enter who gave the money.</source>
      <translation>ใส่ชื่อผู้ให้เงิน</translation>
    </message>
    <message>
      <source>Enter your PIN, then press OK.</source>
      <translation>ใส่รหัสผ่าน แล้วกด "ตกลง"</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>เลขที่รายการบัญชี</translation>
    </message>
    <message>
      <source>Entry {n}, {date}: {description}</source>
      <translation>รายการที่ {n} วันที่ {date}: {description}</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Erase personal data</source>
      <translation>ลบข้อมูลส่วนตัว</translation>
    </message>
    <message>
      <source>Erase the personal data of {name}? The name becomes {pseudonym}; phone, national ID, notes and photo are removed for good. The books stay as they are.</source>
      <translation>ลบข้อมูลส่วนตัวของ {name} หรือไม่? ชื่อจะเปลี่ยนเป็น {pseudonym} เบอร์โทร เลขบัตรประชาชน หมายเหตุ และรูปถ่าย จะถูกลบถาวร ส่วนบัญชียังคงอยู่ครบ</translation>
    </message>
    <message>
      <source>Erased: they are now {pseudonym}.</source>
      <translation>ลบแล้ว ตอนนี้แสดงเป็น {pseudonym}</translation>
    </message>
    <message>
      <source>Even</source>
      <translation>คู่</translation>
    </message>
    <message>
      <source>Every check passed on the copy; the row counts, the chain head, the receipt numbers and the trial balance match the source.</source>
      <translation>สำเนาผ่านการตรวจทุกข้อ จำนวนแถว หัวสายแฮช เลขที่ใบเสร็จ และงบทดลองตรงกับต้นทาง</translation>
    </message>
    <message>
      <source>Every day's close (Z) saves a checked backup here: 14 daily and 12 monthly are kept. Empty: a folder beside the database, on the same disk.</source>
      <translation>ทุกครั้งที่ปิดวัน (Z) จะสำรองข้อมูลพร้อมตรวจไว้ที่นี่ เก็บรายวัน 14 ชุด และรายเดือน 12 ชุด ถ้าเว้นว่าง จะเก็บในโฟลเดอร์ข้างฐานข้อมูล บนดิสก์เดียวกัน</translation>
    </message>
    <message>
      <source>Every recent month is already closed.</source>
      <translation>ปิดงวดบัญชีเดือนที่ผ่านมาครบแล้ว</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>ทุกคน</translation>
    </message>
    <message>
      <source>Everything about {code} is saved in {pdf} and {json}.</source>
      <translation>บันทึกข้อมูลทั้งหมดของ {code} ไว้ใน {pdf} และ {json} แล้ว</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>พอดี</translation>
    </message>
    <message>
      <source>Expected cash in the drawer</source>
      <translation>เงินสดที่ควรมีในลิ้นชัก</translation>
    </message>
    <message>
      <source>Expected yield</source>
      <translation>ผลผลิตที่คาดไว้</translation>
    </message>
    <message>
      <source>Expense</source>
      <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>ส่งออก</translation>
    </message>
    <message>
      <source>Export their data</source>
      <translation>ส่งออกข้อมูลของสมาชิก</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>ตระกูล</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>ตัวเลข</translation>
    </message>
    <message>
      <source>First harvest</source>
      <translation>เริ่มเก็บผัก</translation>
    </message>
    <message>
      <source>First tap the lines to give back.</source>
      <translation>กดเลือกรายการที่จะคืนก่อน</translation>
    </message>
    <message>
      <source>Flat rate</source>
      <translation>ดอกเบี้ยคงที่</translation>
    </message>
    <message>
      <source>Folder for PDF receipts</source>
      <translation>โฟลเดอร์เก็บใบเสร็จ PDF</translation>
    </message>
    <message>
      <source>For</source>
      <translation>สำหรับ</translation>
    </message>
    <message>
      <source>For how long</source>
      <translation>เก็บนานเท่าใด</translation>
    </message>
    <message>
      <source>For the programme's partners and donors</source>
      <translation>สำหรับภาคีและผู้บริจาคของโครงการ</translation>
    </message>
    <message>
      <source>Forms</source>
      <translation>แบบฟอร์ม</translation>
    </message>
    <message>
      <source>Found ({name} {time})</source>
      <translation>เจอแล้ว ({name} {time})</translation>
    </message>
    <message>
      <source>From cm</source>
      <translation>จาก ซม.</translation>
    </message>
    <message>
      <source>From the left</source>
      <translation>ห่างจากด้านซ้าย</translation>
    </message>
    <message>
      <source>From the top</source>
      <translation>ห่างจากด้านบน</translation>
    </message>
    <message>
      <source>Fund</source>
      <translation>กองทุน</translation>
    </message>
    <message>
      <source>Fund as of {date}</source>
      <translation>กองทุน ณ วันที่ {date}</translation>
    </message>
    <message>
      <source>Fund report, {month}</source>
      <translation>รายงานกองทุนประจำเดือน {month}</translation>
    </message>
    <message>
      <source>General</source>
      <translation>ทั่วไป</translation>
    </message>
    <message>
      <source>Give a whole number from 1 to 36,500.</source>
      <translation>ใส่จำนวนเต็มตั้งแต่ 1 ถึง 36,500</translation>
    </message>
    <message>
      <source>Give change</source>
      <translation>ทอนเงิน</translation>
    </message>
    <message>
      <source>Given away</source>
      <translation>แจกฟรี</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <source>Grand total</source>
      <translation>รวมทั้งสิ้น</translation>
    </message>
    <message>
      <source>Grant</source>
      <translation>ทุนให้เปล่า</translation>
    </message>
    <message>
      <source>Grant of {amount} recorded.</source>
      <translation>บันทึกทุนให้เปล่า {amount} แล้ว</translation>
    </message>
    <message>
      <source>Grant to {name}: {purpose}</source>
      <translation>ทุนให้เปล่าแก่ {name}: {purpose}</translation>
    </message>
    <message>
      <source>Grants</source>
      <translation>ทุนให้เปล่า</translation>
    </message>
    <message>
      <source>Grants given</source>
      <translation>ทุนให้เปล่าที่จ่ายไป</translation>
    </message>
    <message>
      <source>Grants this month</source>
      <translation>ทุนให้เปล่าเดือนนี้</translation>
    </message>
    <message>
      <source>Grants you received</source>
      <translation>ทุนให้เปล่าที่ได้รับ</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>ยอดขายรวม</translation>
    </message>
    <message>
      <source>Gross sales</source>
      <translation>ยอดขาย</translation>
    </message>
    <message>
      <source>Harvest</source>
      <translation>เก็บผัก</translation>
    </message>
    <message>
      <source>Harvest for</source>
      <translation>เก็บได้ (วัน)</translation>
    </message>
    <message>
      <source>Harvest of {crop}, bed {bed}</source>
      <translation>เก็บ{crop} แปลง {bed}</translation>
    </message>
    <message>
      <source>Harvest this week</source>
      <translation>เก็บผักสัปดาห์นี้</translation>
    </message>
    <message>
      <source>Harvest window in days</source>
      <translation>เก็บได้นานกี่วัน</translation>
    </message>
    <message>
      <source>Harvested</source>
      <translation>เก็บผักได้</translation>
    </message>
    <message>
      <source>Harvested by</source>
      <translation>คนเก็บ</translation>
    </message>
    <message>
      <source>Hint (printed on the recovery sheet)</source>
      <translation>คำใบ้ (พิมพ์บนแผ่นกู้คืน)</translation>
    </message>
    <message>
      <source>Hint: {hint}</source>
      <translation>คำใบ้: {hint}</translation>
    </message>
    <message>
      <source>History</source>
      <translation>ประวัติ</translation>
    </message>
    <message>
      <source>History of bed {name}</source>
      <translation>ประวัติแปลง {name}</translation>
    </message>
    <message>
      <source>How much did they bring? ({unit})</source>
      <translation>นำมาเท่าไร ({unit})</translation>
    </message>
    <message>
      <source>How much is there now? ({unit})</source>
      <translation>ตอนนี้มีอยู่เท่าไร ({unit})</translation>
    </message>
    <message>
      <source>How much is thrown away? ({unit})</source>
      <translation>ทิ้งไปเท่าไร ({unit})</translation>
    </message>
    <message>
      <source>How much?</source>
      <translation>เท่าไร?</translation>
    </message>
    <message>
      <source>How they consented</source>
      <translation>วิธีให้ความยินยอม</translation>
    </message>
    <message>
      <source>How we look after your personal data</source>
      <translation>เราดูแลข้อมูลส่วนบุคคลของท่านอย่างไร</translation>
    </message>
    <message>
      <source>I have read this notice (or had it read to me) and I agree.</source>
      <translation>ข้าพเจ้าได้อ่านประกาศนี้ (หรือมีผู้อ่านให้ฟัง) แล้ว และยินยอม</translation>
    </message>
    <message>
      <source>Idle sign-out is between {low} and {high} minutes.</source>
      <translation>ออกจากระบบอัตโนมัติได้ระหว่าง {low} ถึง {high} นาที</translation>
    </message>
    <message>
      <source>Idle sign-out: enter whole minutes.</source>
      <translation>ออกจากระบบอัตโนมัติ: ใส่เป็นนาทีเต็ม</translation>
    </message>
    <message>
      <source>If the passphrase is lost, the backups cannot be opened by anyone: set a new one and make a new backup at once.</source>
      <translation>ถ้าลืมรหัสผ่าน จะไม่มีใครเปิดข้อมูลสำรองได้อีก ให้ตั้งรหัสผ่านใหม่และสำรองข้อมูลใหม่ทันที</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>คงเหลือ</translation>
    </message>
    <message>
      <source>In the books now</source>
      <translation>ในบัญชีตอนนี้</translation>
    </message>
    <message>
      <source>In words</source>
      <translation>ตัวหนังสือ</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>รายได้</translation>
    </message>
    <message>
      <source>Instalment</source>
      <translation>ค่างวด</translation>
    </message>
    <message>
      <source>Instalments</source>
      <translation>การผ่อน</translation>
    </message>
    <message>
      <source>Instalments due this month</source>
      <translation>ค่างวดที่ครบกำหนดเดือนนี้</translation>
    </message>
    <message>
      <source>Interest</source>
      <translation>ดอกเบี้ย</translation>
    </message>
    <message>
      <source>Interest per year (%)</source>
      <translation>ดอกเบี้ยต่อปี (%)</translation>
    </message>
    <message>
      <source>Interest received</source>
      <translation>ดอกเบี้ยที่ได้รับ</translation>
    </message>
    <message>
      <source>It ends on {day}; its open tasks after that day are removed.</source>
      <translation>จบวันที่ {day} งานที่ยังไม่ทำหลังวันนั้นจะหายไป</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>วันที่เข้าร่วม</translation>
    </message>
    <message>
      <source>Joined on</source>
      <translation>เข้าร่วมเมื่อ</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>สมุดรายวัน</translation>
    </message>
    <message>
      <source>Journal chain head at the month's end: {head}. Staff can confirm it with kiosk check --anchor.</source>
      <translation>รหัสท้ายสมุดรายวัน ณ สิ้นเดือน: {head} เจ้าหน้าที่ตรวจได้ด้วยคำสั่ง kiosk check --anchor</translation>
    </message>
    <message>
      <source>Journal entry {number}</source>
      <translation>รายการบัญชี {number}</translation>
    </message>
    <message>
      <source>Journal entry {target} reversed: {reason}.</source>
      <translation>กลับรายการ {target}: {reason}</translation>
    </message>
    <message>
      <source>Keep this sheet locked away, apart from the USB stick. Whoever has the stick and the passphrase can read every participant's data.</source>
      <translation>เก็บแผ่นนี้ไว้ในที่ปลอดภัย แยกจากแฟลชไดรฟ์ ใครที่มีทั้งแฟลชไดรฟ์และรหัสผ่าน จะอ่านข้อมูลของสมาชิกทุกคนได้</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Language at start</source>
      <translation>ภาษาเมื่อเปิดเครื่อง</translation>
    </message>
    <message>
      <source>Largest PromptPay QR amount</source>
      <translation>ยอดสูงสุดต่อคิวอาร์พร้อมเพย์</translation>
    </message>
    <message>
      <source>Largest PromptPay QR amount: {problem}</source>
      <translation>ยอดสูงสุดของคิวอาร์พร้อมเพย์: {problem}</translation>
    </message>
    <message>
      <source>Last good backup: {when}</source>
      <translation>สำรองข้อมูลที่ใช้ได้ครั้งล่าสุด: {when}</translation>
    </message>
    <message>
      <source>Last harvest</source>
      <translation>เก็บครั้งสุดท้าย</translation>
    </message>
    <message>
      <source>Late: {days} days, {amount} baht overdue</source>
      <translation>ค้างชำระ {days} วัน เป็นเงิน {amount} บาท</translation>
    </message>
    <message>
      <source>Ledger check code: {head}</source>
      <translation>รหัสตรวจสอบบัญชี: {head}</translation>
    </message>
    <message>
      <source>Ledger entry reversed</source>
      <translation>กลับรายการบัญชี</translation>
    </message>
    <message>
      <source>Left to pay out</source>
      <translation>เหลือจ่ายสมาชิก</translation>
    </message>
    <message>
      <source>Lend</source>
      <translation>ให้กู้</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>ความยาว</translation>
    </message>
    <message>
      <source>Lent out</source>
      <translation>ลูกหนี้เงินกู้</translation>
    </message>
    <message>
      <source>Lent out at the end</source>
      <translation>ลูกหนี้เงินกู้ สิ้นเดือน</translation>
    </message>
    <message>
      <source>Lent out at the start</source>
      <translation>ลูกหนี้เงินกู้ ต้นเดือน</translation>
    </message>
    <message>
      <source>Lent out to participants</source>
      <translation>ลูกหนี้เงินกู้</translation>
    </message>
    <message>
      <source>Liability</source>
      <translation>หนี้สิน</translation>
    </message>
    <message>
      <source>Lines of the sale</source>
      <translation>รายการในบิล</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>เงินกู้</translation>
    </message>
    <message>
      <source>Loan corrections</source>
      <translation>แก้ไขรายการเงินกู้</translation>
    </message>
    <message>
      <source>Loan made</source>
      <translation>ปล่อยกู้</translation>
    </message>
    <message>
      <source>Loan repaid</source>
      <translation>หักชำระเงินกู้</translation>
    </message>
    <message>
      <source>Loan repayment</source>
      <translation>รับชำระเงินกู้</translation>
    </message>
    <message>
      <source>Loan repayment from your sales</source>
      <translation>หักค่างวดเงินกู้จากค่าผัก</translation>
    </message>
    <message>
      <source>Loan repayment given back with refund {ref}</source>
      <translation>คืนเงินชำระเงินกู้ตามการคืนเงินบิล {ref}</translation>
    </message>
    <message>
      <source>Loan repayment taken from your sales</source>
      <translation>หักค่างวดเงินกู้จากค่าผัก</translation>
    </message>
    <message>
      <source>Loan repayments deducted</source>
      <translation>หักชำระเงินกู้</translation>
    </message>
    <message>
      <source>Loan repayments from sales</source>
      <translation>หักชำระเงินกู้จากค่าผัก</translation>
    </message>
    <message>
      <source>Loan rescheduled</source>
      <translation>ปรับตารางผ่อน</translation>
    </message>
    <message>
      <source>Loan written off</source>
      <translation>ตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>Loan {number}</source>
      <translation>เงินกู้ {number}</translation>
    </message>
    <message>
      <source>Loan {number} (lent {amount} baht)</source>
      <translation>เงินกู้ {number} (กู้ {amount} บาท)</translation>
    </message>
    <message>
      <source>Loan {number} recorded.</source>
      <translation>บันทึกเงินกู้ {number} แล้ว</translation>
    </message>
    <message>
      <source>Loan {number}: {purpose}</source>
      <translation>เงินกู้ {number}: {purpose}</translation>
    </message>
    <message>
      <source>Loan {number}: {what}</source>
      <translation>เงินกู้ {number}: {what}</translation>
    </message>
    <message>
      <source>Loan {target} of {principal} baht: {term} {frequency} instalments, {method}.</source>
      <translation>เงินกู้ {target} {principal} บาท ผ่อน{frequency} {term} งวด {method}</translation>
    </message>
    <message>
      <source>Loan {target} rescheduled to {term} instalments: {reason}.</source>
      <translation>ปรับตารางผ่อนเงินกู้ {target} เป็น {term} งวด: {reason}</translation>
    </message>
    <message>
      <source>Loan {target} written off ({amount} baht): {reason}.</source>
      <translation>ตัดหนี้สูญเงินกู้ {target} ({amount} บาท): {reason}</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>เงินกู้</translation>
    </message>
    <message>
      <source>Loans behind</source>
      <translation>ลูกหนี้ค้างชำระ (ราย)</translation>
    </message>
    <message>
      <source>Loans given</source>
      <translation>ปล่อยกู้</translation>
    </message>
    <message>
      <source>Loans in arrears</source>
      <translation>ลูกหนี้ค้างชำระ (ราย)</translation>
    </message>
    <message>
      <source>Loans outstanding</source>
      <translation>ลูกหนี้เงินกู้</translation>
    </message>
    <message>
      <source>Loans repaid (principal)</source>
      <translation>รับชำระเงินต้น</translation>
    </message>
    <message>
      <source>Loans:</source>
      <translation>เงินกู้:</translation>
    </message>
    <message>
      <source>Locked out</source>
      <translation>ล็อกชั่วคราว</translation>
    </message>
    <message>
      <source>Look for aphids and pod borers; spray garlic and chili water.</source>
      <translation>ดูเพลี้ยอ่อนและหนอนเจาะฝัก ฉีดน้ำกระเทียมพริก</translation>
    </message>
    <message>
      <source>Look for leaf beetles; hang yellow sticky traps, spray neem.</source>
      <translation>ดูด้วงเต่าแตง แขวนกับดักกาวเหนียวสีเหลือง ฉีดสะเดา</translation>
    </message>
    <message>
      <source>Look for leaf fungus; keep the bed drained, remove sick leaves, add Trichoderma.</source>
      <translation>ดูเชื้อราที่ใบ ระบายน้ำให้ดี เด็ดใบที่เป็นโรค ใส่ไตรโคเดอร์มา</translation>
    </message>
    <message>
      <source>Look for pests; pick them off by hand, spray neem seed extract.</source>
      <translation>ดูแมลง จับออกด้วยมือ ฉีดน้ำหมักเมล็ดสะเดา</translation>
    </message>
    <message>
      <source>Look for rot at the base; keep the bed drained, remove sick plants, add Trichoderma.</source>
      <translation>ดูโรคเน่าที่โคนต้น ระบายน้ำให้ดี ถอนต้นที่เป็นโรค ใส่ไตรโคเดอร์มา</translation>
    </message>
    <message>
      <source>Look for thrips and mites; spray wood vinegar or neem, pull out sick plants.</source>
      <translation>ดูเพลี้ยไฟและไร ฉีดน้ำส้มควันไม้หรือสะเดา ถอนต้นที่เป็นโรค</translation>
    </message>
    <message>
      <source>Look under the leaves for caterpillars and flea beetles; pick them off and spray neem seed extract.</source>
      <translation>ดูใต้ใบหาหนอนและด้วงหมัดผัก จับออกแล้วฉีดน้ำหมักเมล็ดสะเดา</translation>
    </message>
    <message>
      <source>METTLER TOLEDO MT-SICS</source>
      <translation>METTLER TOLEDO MT-SICS</translation>
    </message>
    <message>
      <source>Made on {when}. The same data is in the file that comes with this paper.</source>
      <translation>จัดทำเมื่อ {when} ข้อมูลชุดเดียวกันอยู่ในไฟล์ที่มาพร้อมเอกสารนี้</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>ผังแปลง</translation>
    </message>
    <message>
      <source>Map on {day}</source>
      <translation>ผังแปลงวันที่ {day}</translation>
    </message>
    <message>
      <source>Mark as left</source>
      <translation>ออกจากโครงการแล้ว</translation>
    </message>
    <message>
      <source>Marked as left. Tick "Show those who left" to see them.</source>
      <translation>บันทึกว่าออกจากโครงการแล้ว ติ๊ก "แสดงคนที่ออกแล้ว" เพื่อดูรายชื่อ</translation>
    </message>
    <message>
      <source>Money (baht)</source>
      <translation>เงินกองทุน (บาท)</translation>
    </message>
    <message>
      <source>Money at the end of the month</source>
      <translation>เงินกองทุน สิ้นเดือน</translation>
    </message>
    <message>
      <source>Money at the start of the month</source>
      <translation>เงินกองทุน ต้นเดือน</translation>
    </message>
    <message>
      <source>Money available</source>
      <translation>เงินกองทุนคงเหลือ</translation>
    </message>
    <message>
      <source>Money available at each month's end, last 12 months (baht)</source>
      <translation>เงินกองทุนคงเหลือ ณ สิ้นเดือน ย้อนหลัง 12 เดือน (บาท)</translation>
    </message>
    <message>
      <source>Money available at the end of the month: {words}</source>
      <translation>เงินกองทุนคงเหลือ ณ สิ้นเดือน: {words}</translation>
    </message>
    <message>
      <source>Money has been repaid on this loan, so it can no longer be cancelled. Reverse its repayments first.</source>
      <translation>เงินกู้นี้มีการรับชำระแล้ว ยกเลิกไม่ได้ กลับรายการรับชำระก่อน</translation>
    </message>
    <message>
      <source>Money in and out</source>
      <translation>เงินเข้าและเงินออก</translation>
    </message>
    <message>
      <source>Money or things the fund has, or money owed to the fund.</source>
      <translation>เงินหรือของที่กองทุนมี หรือเงินที่คนอื่นค้างกองทุน</translation>
    </message>
    <message>
      <source>Money paid to you</source>
      <translation>ค่าผักที่จ่ายให้แล้ว</translation>
    </message>
    <message>
      <source>Money the fund earns or receives.</source>
      <translation>เงินที่กองทุนได้รับ</translation>
    </message>
    <message>
      <source>Money the fund owes to someone.</source>
      <translation>เงินที่กองทุนค้างจ่ายคนอื่น</translation>
    </message>
    <message>
      <source>Money the fund spends or gives away.</source>
      <translation>เงินที่กองทุนจ่ายออกไปหรือให้ไป</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>เดือน</translation>
    </message>
    <message>
      <source>Month closed</source>
      <translation>ปิดงวดบัญชี</translation>
    </message>
    <message>
      <source>Month {target} closed.</source>
      <translation>ปิดงวดบัญชีเดือน {target}</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>รายเดือน</translation>
    </message>
    <message>
      <source>Monthly statement, {month}</source>
      <translation>ใบแจ้งยอดประจำเดือน {month}</translation>
    </message>
    <message>
      <source>More than {days} days late (PAR)</source>
      <translation>เงินกู้ค้างเกิน {days} วัน</translation>
    </message>
    <message>
      <source>N, E or O (default N)</source>
      <translation>N, E หรือ O (ค่าเริ่มต้น N)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Name (Thai)</source>
      <translation>ชื่อ-นามสกุล (ภาษาไทย)</translation>
    </message>
    <message>
      <source>Name (nickname)</source>
      <translation>ชื่อ (ชื่อเล่น)</translation>
    </message>
    <message>
      <source>Name in English (optional)</source>
      <translation>ชื่อภาษาอังกฤษ (ไม่ใส่ก็ได้)</translation>
    </message>
    <message>
      <source>Name in Thai</source>
      <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
      <source>Name of the new bed</source>
      <translation>ชื่อแปลงใหม่</translation>
    </message>
    <message>
      <source>Name on receipts (legal entity; empty: the stall's name)</source>
      <translation>ชื่อนิติบุคคลบนใบเสร็จ</translation>
    </message>
    <message>
      <source>Name on the sign-in screen</source>
      <translation>ชื่อที่แสดงหน้าเข้าใช้งาน</translation>
    </message>
    <message>
      <source>National ID</source>
      <translation>เลขบัตรประชาชน</translation>
    </message>
    <message>
      <source>National ID: {digits} (this look is recorded in the audit log)</source>
      <translation>เลขบัตรประชาชน: {digits} (การเปิดดูครั้งนี้ถูกบันทึกในบันทึกการใช้งานแล้ว)</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>ยอดสุทธิ</translation>
    </message>
    <message>
      <source>Net sales</source>
      <translation>ยอดขายสุทธิ</translation>
    </message>
    <message>
      <source>Net total</source>
      <translation>ยอดสุทธิ</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>ไม่พิมพ์</translation>
    </message>
    <message>
      <source>New PIN (leave empty to keep)</source>
      <translation>รหัสผ่านใหม่ (เว้นว่างถ้าไม่เปลี่ยน)</translation>
    </message>
    <message>
      <source>New PIN set.</source>
      <translation>ตั้งรหัสผ่านใหม่แล้ว</translation>
    </message>
    <message>
      <source>New account</source>
      <translation>เพิ่มบัญชี</translation>
    </message>
    <message>
      <source>New crop</source>
      <translation>พืชใหม่</translation>
    </message>
    <message>
      <source>New loan</source>
      <translation>ให้กู้ใหม่</translation>
    </message>
    <message>
      <source>New operator</source>
      <translation>ผู้ใช้ใหม่</translation>
    </message>
    <message>
      <source>New participant</source>
      <translation>สมาชิกใหม่</translation>
    </message>
    <message>
      <source>New planting</source>
      <translation>ปลูกใหม่</translation>
    </message>
    <message>
      <source>New planting on {date}</source>
      <translation>ปลูกใหม่วันที่ {date}</translation>
    </message>
    <message>
      <source>New planting today</source>
      <translation>ปลูกใหม่วันนี้</translation>
    </message>
    <message>
      <source>New price for {name}</source>
      <translation>ราคาใหม่ของ {name}</translation>
    </message>
    <message>
      <source>New price per unit (baht)</source>
      <translation>ราคาใหม่ต่อหน่วย (บาท)</translation>
    </message>
    <message>
      <source>New product</source>
      <translation>สินค้าใหม่</translation>
    </message>
    <message>
      <source>New schedule (version {n}) saved.</source>
      <translation>บันทึกตารางผ่อนใหม่ (ฉบับที่ {n}) แล้ว</translation>
    </message>
    <message>
      <source>New training session</source>
      <translation>การอบรมใหม่</translation>
    </message>
    <message>
      <source>Next amount</source>
      <translation>ยอดงวดถัดไป</translation>
    </message>
    <message>
      <source>Next customer</source>
      <translation>ลูกค้าคนต่อไป</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>งวดถัดไป</translation>
    </message>
    <message>
      <source>Next due {date}: {amount}</source>
      <translation>งวดถัดไปครบกำหนด {date}: {amount}</translation>
    </message>
    <message>
      <source>Next instalment</source>
      <translation>งวดถัดไป</translation>
    </message>
    <message>
      <source>Next month</source>
      <translation>เดือนถัดไป</translation>
    </message>
    <message>
      <source>Next week</source>
      <translation>สัปดาห์ถัดไป</translation>
    </message>
    <message>
      <source>Nickname</source>
      <translation>ชื่อเล่น</translation>
    </message>
    <message>
      <source>No PromptPay payments on this day.</source>
      <translation>วันนี้ไม่มีรายการพร้อมเพย์</translation>
    </message>
    <message>
      <source>No active participants.</source>
      <translation>ยังไม่มีสมาชิก</translation>
    </message>
    <message>
      <source>No backup passphrase yet: backups on the USB stick can be read by anyone who finds it. Set one now.</source>
      <translation>ยังไม่ได้ตั้งรหัสผ่านสำรองข้อมูล ใครเก็บแฟลชไดรฟ์ได้ก็อ่านข้อมูลสำรองได้ กรุณาตั้งตอนนี้</translation>
    </message>
    <message>
      <source>No backup yet.</source>
      <translation>ยังไม่เคยสำรองข้อมูล</translation>
    </message>
    <message>
      <source>No change</source>
      <translation>ไม่ต้องทอน</translation>
    </message>
    <message>
      <source>No consent recorded yet.</source>
      <translation>ยังไม่ได้บันทึกความยินยอม</translation>
    </message>
    <message>
      <source>No interest</source>
      <translation>ไม่คิดดอกเบี้ย</translation>
    </message>
    <message>
      <source>No loans.</source>
      <translation>ไม่มีเงินกู้</translation>
    </message>
    <message>
      <source>No national ID is kept for this participant.</source>
      <translation>ไม่มีเลขบัตรประชาชนของสมาชิกคนนี้</translation>
    </message>
    <message>
      <source>No one can sign in yet. Create the demo data or add an operator from the command line.</source>
      <translation>ยังไม่มีผู้ใช้ในระบบ สร้างข้อมูลตัวอย่าง หรือเพิ่มผู้ใช้จากบรรทัดคำสั่ง</translation>
    </message>
    <message>
      <source>No other tasks today.</source>
      <translation>วันนี้ไม่มีงานอื่น</translation>
    </message>
    <message>
      <source>No planting is in the ground on this day.</source>
      <translation>วันนี้ไม่มีพืชที่ปลูกอยู่</translation>
    </message>
    <message>
      <source>No printer (save PDF)</source>
      <translation>ไม่มีเครื่องพิมพ์ (เก็บเป็น PDF)</translation>
    </message>
    <message>
      <source>No printer is set up on this computer.</source>
      <translation>เครื่องนี้ยังไม่ได้ตั้งเครื่องพิมพ์ บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>No product has the code {code}.</source>
      <translation>ไม่มีสินค้ารหัส "{code}" ตรวจรหัสอีกครั้ง หรือบอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>No product matches {text}.</source>
      <translation>ไม่พบสินค้าที่ตรงกับ "{text}"</translation>
    </message>
    <message>
      <source>No sale product for this crop in that unit: ask the staff to add one first.</source>
      <translation>ยังไม่มีสินค้าขายของพืชนี้ในหน่วยนี้ บอกเจ้าหน้าที่ให้เพิ่มก่อน</translation>
    </message>
    <message>
      <source>No sale today matches {text}.</source>
      <translation>วันนี้ไม่มีบิลที่ตรงกับ "{text}"</translation>
    </message>
    <message>
      <source>No sales yet today.</source>
      <translation>วันนี้ยังไม่มีบิล</translation>
    </message>
    <message>
      <source>No scale on {port}: check its cable and that it is on, or type the weight.</source>
      <translation>ไม่พบตาชั่งที่ช่อง {port} ดูสายและดูว่าเปิดตาชั่งอยู่ หรือพิมพ์น้ำหนักเอง</translation>
    </message>
    <message>
      <source>No screen to show the kiosk on (DISPLAY is not set). Start it from the desktop, or under Xvfb with: xvfb-run -a kiosk run</source>
      <translation>ไม่พบหน้าจอสำหรับแสดงคีออสก์ (ไม่ได้ตั้งค่า DISPLAY) ให้เปิดจากเดสก์ท็อป หรือใช้ Xvfb ด้วยคำสั่ง: xvfb-run -a kiosk run</translation>
    </message>
    <message>
      <source>No training sessions yet.</source>
      <translation>ยังไม่มีการอบรม</translation>
    </message>
    <message>
      <source>No watering today.</source>
      <translation>วันนี้ไม่ต้องรดน้ำ</translation>
    </message>
    <message>
      <source>No weight from the scale within {seconds} s: {reason}</source>
      <translation>ไม่ได้น้ำหนักจากตาชั่งภายใน {seconds} วินาที: {reason}</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>เลขที่</translation>
    </message>
    <message>
      <source>No. {number}</source>
      <translation>เลขที่ {number}</translation>
    </message>
    <message>
      <source>None</source>
      <translation>ไม่มี</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>ไม่มี</translation>
    </message>
    <message>
      <source>Not a participant</source>
      <translation>ไม่ใช่สมาชิกโครงการ</translation>
    </message>
    <message>
      <source>Not enough cash: {missing} more is needed.</source>
      <translation>เงินยังไม่พอ ขาดอีก {missing}</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>ยังไม่ถึงกำหนด</translation>
    </message>
    <message>
      <source>Not yet ticked total</source>
      <translation>ยอดที่ยังไม่ได้ติ๊ก</translation>
    </message>
    <message>
      <source>Not yet ticked: {amount} ({n})</source>
      <translation>ยังไม่ติ๊ก: {amount} ({n} รายการ)</translation>
    </message>
    <message>
      <source>Not yet: tap to tick</source>
      <translation>ยังไม่เจอ: กดเพื่อติ๊ก</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Note (optional)</source>
      <translation>หมายเหตุ (ไม่ใส่ก็ได้)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Nothing happened on your account this month: no sales, payments, loan repayments or training.</source>
      <translation>เดือนนี้ไม่มีรายการของคุณ ไม่มีการขายผัก การจ่ายเงิน การชำระเงินกู้ หรือการอบรม</translation>
    </message>
    <message>
      <source>Nothing is on the scale.</source>
      <translation>ยังไม่มีของบนตาชั่ง</translation>
    </message>
    <message>
      <source>Nothing more is due.</source>
      <translation>ไม่มีงวดค้างแล้ว</translation>
    </message>
    <message>
      <source>Nothing planned.</source>
      <translation>ไม่มีแผนงาน</translation>
    </message>
    <message>
      <source>Nothing planted here yet.</source>
      <translation>ยังไม่เคยปลูกที่นี่</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
      <source>Nothing to harvest today.</source>
      <translation>วันนี้ไม่มีผักให้เก็บ</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>ยังไม่มีการเปลี่ยนแปลงใดๆ</translation>
    </message>
    <message>
      <source>Nothing was recorded.</source>
      <translation>ยังไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
      <source>Nothing was recorded. Change the amount.</source>
      <translation>ยังไม่ได้บันทึก แก้จำนวนเงินก่อน</translation>
    </message>
    <message>
      <source>Nothing was saved. Try again; if it happens again, tell the staff.</source>
      <translation>ยังไม่ได้บันทึก ลองอีกครั้ง ถ้ายังไม่ได้ บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Nothing was saved: {path} is as it was.</source>
      <translation>ไม่ได้บันทึก: ไฟล์ {path} ยังเหมือนเดิม</translation>
    </message>
    <message>
      <source>Notice version</source>
      <translation>ประกาศฉบับ</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>เลขที่</translation>
    </message>
    <message>
      <source>Number of instalments</source>
      <translation>จำนวนงวด</translation>
    </message>
    <message>
      <source>Number of sales</source>
      <translation>จำนวนบิล</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>OK: the paper agrees with the books.</source>
      <translation>ถูกต้อง: ตัวเลขในใบนี้ตรงกับบัญชี</translation>
    </message>
    <message>
      <source>Odd</source>
      <translation>คี่</translation>
    </message>
    <message>
      <source>On another PC: install the kiosk, plug in the USB stick, then choose Restore in Settings or type: kiosk restore FILE. The kiosk asks for the backup passphrase.</source>
      <translation>ในเครื่องอื่น ติดตั้งคีออสก์ เสียบแฟลชไดรฟ์ แล้วเลือกกู้คืนในหน้าตั้งค่า หรือพิมพ์ kiosk restore FILE คีออสก์จะถามรหัสผ่านสำรองข้อมูล</translation>
    </message>
    <message>
      <source>On sale</source>
      <translation>วางขาย</translation>
    </message>
    <message>
      <source>On the bank statement</source>
      <translation>เจอในบัญชีธนาคาร</translation>
    </message>
    <message>
      <source>On the paper</source>
      <translation>ในใบที่พิมพ์</translation>
    </message>
    <message>
      <source>On this PC backups open without typing: the key is kept in {path}.</source>
      <translation>ในเครื่องนี้ เปิดข้อมูลสำรองได้โดยไม่ต้องพิมพ์ เพราะเก็บกุญแจไว้ที่ {path}</translation>
    </message>
    <message>
      <source>One harvest is at most {max} {unit}.</source>
      <translation>เก็บผักครั้งหนึ่งได้ไม่เกิน {max} {unit}</translation>
    </message>
    <message>
      <source>One less</source>
      <translation>ลดหนึ่ง</translation>
    </message>
    <message>
      <source>One line can come to at most {max}.</source>
      <translation>รายการเดียวรวมได้ไม่เกิน {max}</translation>
    </message>
    <message>
      <source>One more</source>
      <translation>เพิ่มหนึ่ง</translation>
    </message>
    <message>
      <source>Only a month that has ended can be closed.</source>
      <translation>ปิดงวดบัญชีได้เฉพาะเดือนที่ผ่านไปแล้ว</translation>
    </message>
    <message>
      <source>Only an account with a zero balance can be closed.</source>
      <translation>ปิดได้เฉพาะบัญชีที่ยอดเป็นศูนย์</translation>
    </message>
    <message>
      <source>Only an admin can change the settings.</source>
      <translation>เปลี่ยนการตั้งค่าได้เฉพาะผู้ดูแลระบบ</translation>
    </message>
    <message>
      <source>Only an admin can do this.</source>
      <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่ทำได้</translation>
    </message>
    <message>
      <source>Only an admin can manage operators.</source>
      <translation>จัดการผู้ใช้ได้เฉพาะผู้ดูแลระบบ</translation>
    </message>
    <message>
      <source>Only staff can change participants.</source>
      <translation>แก้ไขข้อมูลสมาชิกได้เฉพาะเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Only staff can change the plot plan.</source>
      <translation>แก้แผนแปลงได้เฉพาะเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Only staff can change the products.</source>
      <translation>เฉพาะเจ้าหน้าที่แก้สินค้าได้</translation>
    </message>
    <message>
      <source>Only staff can reconcile PromptPay payments.</source>
      <translation>ตรวจยอดพร้อมเพย์ได้เฉพาะเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Only staff can record waste or a stock count.</source>
      <translation>บันทึกของเสียหรือนับของได้เฉพาะเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Only {left} of {name} can still be refunded.</source>
      <translation>{name} คืนเงินได้อีกแค่ {left}</translation>
    </message>
    <message>
      <source>Only {level} is recorded on hand: count it instead.</source>
      <translation>คงเหลือที่บันทึกไว้มีแค่ {level} ให้นับของแทน</translation>
    </message>
    <message>
      <source>Only {owed} is still owed on this loan. Take the rest as a donation, or change the amount.</source>
      <translation>เงินกู้นี้เหลือค้างเพียง {owed} จะรับส่วนที่เกินเป็นเงินบริจาค หรือแก้จำนวนเงิน</translation>
    </message>
    <message>
      <source>Open / close day</source>
      <translation>เปิด/ปิดร้าน</translation>
    </message>
    <message>
      <source>Open the cash drawer</source>
      <translation>เปิดลิ้นชักเก็บเงิน</translation>
    </message>
    <message>
      <source>Open the cash drawer (staff PIN and a reason)</source>
      <translation>เปิดลิ้นชักเก็บเงิน (ใช้รหัสผ่านเจ้าหน้าที่และเหตุผล)</translation>
    </message>
    <message>
      <source>Open the day first: how much cash is in the drawer?</source>
      <translation>เปิดร้านก่อน: ในลิ้นชักมีเงินสดเท่าไร?</translation>
    </message>
    <message>
      <source>Open the receipt folder</source>
      <translation>เปิดโฟลเดอร์ใบเสร็จ</translation>
    </message>
    <message>
      <source>Opening float</source>
      <translation>เงินทอนตั้งต้น</translation>
    </message>
    <message>
      <source>Opening float {amount}</source>
      <translation>เงินทอนตั้งต้น {amount}</translation>
    </message>
    <message>
      <source>Opening float {amount} saved.</source>
      <translation>บันทึกเงินทอนตั้งต้น {amount} แล้ว</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>ผู้ใช้</translation>
    </message>
    <message>
      <source>Operator added</source>
      <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
      <source>Operator added. They can sign in now.</source>
      <translation>เพิ่มผู้ใช้แล้ว เข้าใช้งานได้เลย</translation>
    </message>
    <message>
      <source>Operator back</source>
      <translation>ผู้ใช้กลับมา</translation>
    </message>
    <message>
      <source>Operator changed</source>
      <translation>แก้ไขผู้ใช้</translation>
    </message>
    <message>
      <source>Operator stopped</source>
      <translation>ระงับผู้ใช้</translation>
    </message>
    <message>
      <source>Operator: {name}</source>
      <translation>ผู้ใช้: {name}</translation>
    </message>
    <message>
      <source>Operators</source>
      <translation>ผู้ใช้ระบบ</translation>
    </message>
    <message>
      <source>Other corrections</source>
      <translation>รายการแก้ไขอื่น ๆ</translation>
    </message>
    <message>
      <source>Other reason</source>
      <translation>เหตุผลอื่น</translation>
    </message>
    <message>
      <source>Other reason…</source>
      <translation>เหตุผลอื่น…</translation>
    </message>
    <message>
      <source>Other task</source>
      <translation>งานอื่น</translation>
    </message>
    <message>
      <source>Outstanding</source>
      <translation>คงค้าง</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>ยอดค้างชำระ</translation>
    </message>
    <message>
      <source>Overdue {amount}, {n} days past due.</source>
      <translation>ค้างชำระ {amount} เกินกำหนด {n} วัน</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>ภาพรวม</translation>
    </message>
    <message>
      <source>Owed</source>
      <translation>ค้างชำระ</translation>
    </message>
    <message>
      <source>Owed at the end</source>
      <translation>เงินค้างจ่ายสมาชิกปลายเดือน</translation>
    </message>
    <message>
      <source>Owed at the start</source>
      <translation>เงินค้างจ่ายสมาชิกต้นเดือน</translation>
    </message>
    <message>
      <source>Owed on {number}: {owed}</source>
      <translation>ยอดค้างชำระ {number}: {owed}</translation>
    </message>
    <message>
      <source>Owed to participants</source>
      <translation>เงินค้างจ่ายสมาชิก</translation>
    </message>
    <message>
      <source>Owed to participants at the end</source>
      <translation>เงินค้างจ่ายสมาชิก สิ้นเดือน</translation>
    </message>
    <message>
      <source>Owed to participants at the start</source>
      <translation>เงินค้างจ่ายสมาชิก ต้นเดือน</translation>
    </message>
    <message>
      <source>Owed to participants for their produce</source>
      <translation>ค่าผักที่ค้างจ่ายสมาชิก</translation>
    </message>
    <message>
      <source>Owed to you at the end of the month</source>
      <translation>ค่าผักที่ยังไม่ได้รับ สิ้นเดือน</translation>
    </message>
    <message>
      <source>Owed to you at the start of the month</source>
      <translation>ค่าผักที่ยังไม่ได้รับ ต้นเดือน</translation>
    </message>
    <message>
      <source>Owed {owed} (principal {principal}, interest {interest}).</source>
      <translation>ค้างชำระ {owed} (เงินต้น {principal} ดอกเบี้ย {interest})</translation>
    </message>
    <message>
      <source>Owner of produce</source>
      <translation>เจ้าของผัก</translation>
    </message>
    <message>
      <source>PIN (4-6 digits)</source>
      <translation>รหัสผ่าน (4-6 หลัก)</translation>
    </message>
    <message>
      <source>PIN again</source>
      <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
      <source>PIN changed</source>
      <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
      <source>Page {n}/{total}</source>
      <translation>หน้า {n}/{total}</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>ชำระแล้ว</translation>
    </message>
    <message>
      <source>Paid by</source>
      <translation>จ่ายด้วย</translation>
    </message>
    <message>
      <source>Paid by PromptPay</source>
      <translation>โอนพร้อมเพย์</translation>
    </message>
    <message>
      <source>Paid by {how}</source>
      <translation>จ่ายด้วย{how}</translation>
    </message>
    <message>
      <source>Paid from</source>
      <translation>จ่ายจาก</translation>
    </message>
    <message>
      <source>Paid in cash</source>
      <translation>จ่ายเงินสด</translation>
    </message>
    <message>
      <source>Paid in the month</source>
      <translation>ชำระในเดือน</translation>
    </message>
    <message>
      <source>Paid instalments</source>
      <translation>งวดที่ชำระ</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>จ่ายให้สมาชิก</translation>
    </message>
    <message>
      <source>Paid out on</source>
      <translation>วันที่จ่ายเงินกู้</translation>
    </message>
    <message>
      <source>Paid to you</source>
      <translation>จ่ายค่าผักให้แล้ว</translation>
    </message>
    <message>
      <source>Paper: {number} ({month})</source>
      <translation>เอกสาร: {number} ({month})</translation>
    </message>
    <message>
      <source>Parity</source>
      <translation>พาริตี</translation>
    </message>
    <message>
      <source>Part of the bed</source>
      <translation>ส่วนของแปลง</translation>
    </message>
    <message>
      <source>Part paid</source>
      <translation>ชำระบางส่วน</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>สมาชิก</translation>
    </message>
    <message>
      <source>Participant #{n}</source>
      <translation>สมาชิก #{n}</translation>
    </message>
    <message>
      <source>Participant (if they are one)</source>
      <translation>สมาชิกโครงการ (ถ้าเป็น)</translation>
    </message>
    <message>
      <source>Participant added</source>
      <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
      <source>Participant back</source>
      <translation>สมาชิกกลับมา</translation>
    </message>
    <message>
      <source>Participant changed</source>
      <translation>แก้ไขข้อมูลสมาชิก</translation>
    </message>
    <message>
      <source>Participant left</source>
      <translation>สมาชิกออก</translation>
    </message>
    <message>
      <source>Participant {n}</source>
      <translation>สมาชิก {n}</translation>
    </message>
    <message>
      <source>Participant {target} added.</source>
      <translation>เพิ่มสมาชิก {target}</translation>
    </message>
    <message>
      <source>Participant {target} changed.</source>
      <translation>แก้ไขข้อมูลสมาชิก {target}</translation>
    </message>
    <message>
      <source>Participant {target} is back.</source>
      <translation>สมาชิก {target} กลับมา</translation>
    </message>
    <message>
      <source>Participant {target} left the programme.</source>
      <translation>สมาชิก {target} ออกจากโครงการ</translation>
    </message>
    <message>
      <source>Participant: {name}</source>
      <translation>สมาชิก: {name}</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>สมาชิก</translation>
    </message>
    <message>
      <source>Participants active</source>
      <translation>สมาชิกที่ยังร่วมโครงการ (คน)</translation>
    </message>
    <message>
      <source>Participants who sold</source>
      <translation>สมาชิกที่ขายผักเดือนนี้ (คน)</translation>
    </message>
    <message>
      <source>Participants who sold this month</source>
      <translation>สมาชิกที่ขายผักเดือนนี้ (คน)</translation>
    </message>
    <message>
      <source>Passphrase set on {day}</source>
      <translation>ตั้งรหัสผ่านเมื่อ {day}</translation>
    </message>
    <message>
      <source>Password for the kiosk's database user (empty: none): </source>
      <translation>รหัสผ่านของผู้ใช้ฐานข้อมูลของคีออสก์ (เว้นว่าง: ไม่มี): </translation>
    </message>
    <message>
      <source>Pay</source>
      <translation>รับเงิน</translation>
    </message>
    <message>
      <source>Pay the rest by PromptPay</source>
      <translation>จ่ายส่วนที่เหลือด้วยพร้อมเพย์</translation>
    </message>
    <message>
      <source>Pay {amount}</source>
      <translation>รับเงิน {amount}</translation>
    </message>
    <message>
      <source>Payout</source>
      <translation>จ่ายค่าผักให้สมาชิก</translation>
    </message>
    <message>
      <source>Payout of {amount} recorded.</source>
      <translation>บันทึกจ่ายค่าผัก {amount} แล้ว</translation>
    </message>
    <message>
      <source>Payout to a participant</source>
      <translation>จ่ายค่าผักให้สมาชิก</translation>
    </message>
    <message>
      <source>Payout to {name}</source>
      <translation>จ่ายเงินให้ {name}</translation>
    </message>
    <message>
      <source>Payouts, grants and other entries in the books</source>
      <translation>การจ่ายเงิน ทุนให้เปล่า และรายการอื่นในบัญชี</translation>
    </message>
    <message>
      <source>People and training</source>
      <translation>สมาชิกและการอบรม</translation>
    </message>
    <message>
      <source>Personal data erased</source>
      <translation>ลบข้อมูลส่วนตัวเมื่อ</translation>
    </message>
    <message>
      <source>Pest check</source>
      <translation>ตรวจแมลง</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>เบอร์โทร</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>รูปถ่าย</translation>
    </message>
    <message>
      <source>Plant out</source>
      <translation>ย้ายกล้าลงแปลง</translation>
    </message>
    <message>
      <source>Planting</source>
      <translation>การปลูก</translation>
    </message>
    <message>
      <source>Planting #{n}</source>
      <translation>การปลูก #{n}</translation>
    </message>
    <message>
      <source>Planting added</source>
      <translation>เพิ่มการปลูก</translation>
    </message>
    <message>
      <source>Planting moved</source>
      <translation>เลื่อนการปลูก</translation>
    </message>
    <message>
      <source>Planting status</source>
      <translation>สถานะการปลูก</translation>
    </message>
    <message>
      <source>Planting {target} added: {crop} on bed {bed} from {start}.</source>
      <translation>เพิ่มการปลูก {target}: {crop} แปลง {bed} เริ่ม {start}</translation>
    </message>
    <message>
      <source>Planting {target} is now {status}.</source>
      <translation>การปลูก {target} เปลี่ยนเป็น {status}</translation>
    </message>
    <message>
      <source>Planting {target} moved to {start}.</source>
      <translation>เลื่อนการปลูก {target} เป็น {start}</translation>
    </message>
    <message>
      <source>Plantings use {cm} cm of this bed; it cannot be shorter.</source>
      <translation>มีผักปลูกอยู่ถึง {cm} ซม. ของแปลงนี้ ทำให้สั้นกว่านี้ไม่ได้</translation>
    </message>
    <message>
      <source>Please check the percentages.</source>
      <translation>ตรวจเปอร์เซ็นต์อีกครั้ง</translation>
    </message>
    <message>
      <source>Please choose a category.</source>
      <translation>เลือกหมวดก่อน</translation>
    </message>
    <message>
      <source>Please choose a crop.</source>
      <translation>เลือกพืชก่อน</translation>
    </message>
    <message>
      <source>Please choose a date.</source>
      <translation>เลือกวันที่ก่อน</translation>
    </message>
    <message>
      <source>Please choose a language.</source>
      <translation>เลือกภาษาก่อน</translation>
    </message>
    <message>
      <source>Please choose how the crop is started.</source>
      <translation>เลือกก่อนว่าเริ่มปลูกจากอะไร</translation>
    </message>
    <message>
      <source>Please choose how they consented.</source>
      <translation>กรุณาเลือกวิธีที่ให้ความยินยอม</translation>
    </message>
    <message>
      <source>Please choose the date they joined.</source>
      <translation>เลือกวันที่เข้าร่วมก่อน</translation>
    </message>
    <message>
      <source>Please choose the day they consented.</source>
      <translation>กรุณาเลือกวันที่ให้ความยินยอม</translation>
    </message>
    <message>
      <source>Please choose the sale unit.</source>
      <translation>เลือกหน่วยขายก่อน</translation>
    </message>
    <message>
      <source>Please choose the sowing or planting date.</source>
      <translation>เลือกวันลงเมล็ดหรือวันย้ายกล้าก่อน</translation>
    </message>
    <message>
      <source>Please choose the unit it is sold in.</source>
      <translation>เลือกหน่วยที่ขายก่อน</translation>
    </message>
    <message>
      <source>Please enter a folder.</source>
      <translation>กรุณาใส่โฟลเดอร์</translation>
    </message>
    <message>
      <source>Please enter a name.</source>
      <translation>ใส่ชื่อก่อน</translation>
    </message>
    <message>
      <source>Please enter a quantity.</source>
      <translation>ใส่จำนวนก่อน</translation>
    </message>
    <message>
      <source>Please enter an account code.</source>
      <translation>ใส่รหัสบัญชีก่อน</translation>
    </message>
    <message>
      <source>Please enter an amount.</source>
      <translation>ใส่จำนวนเงินก่อน</translation>
    </message>
    <message>
      <source>Please enter the English name.</source>
      <translation>ใส่ชื่อภาษาอังกฤษก่อน</translation>
    </message>
    <message>
      <source>Please enter the PromptPay number.</source>
      <translation>ใส่เบอร์พร้อมเพย์ก่อน</translation>
    </message>
    <message>
      <source>Please enter the Thai name.</source>
      <translation>ใส่ชื่อภาษาไทยก่อน</translation>
    </message>
    <message>
      <source>Please enter the account's name.</source>
      <translation>ใส่ชื่อบัญชีก่อน</translation>
    </message>
    <message>
      <source>Please enter the participant's name in Thai.</source>
      <translation>ใส่ชื่อสมาชิกเป็นภาษาไทยก่อน</translation>
    </message>
    <message>
      <source>Please enter the plant family.</source>
      <translation>ใส่ตระกูลพืชก่อน</translation>
    </message>
    <message>
      <source>Please enter the stall's name.</source>
      <translation>ใส่ชื่อร้านก่อน</translation>
    </message>
    <message>
      <source>Please enter the topic.</source>
      <translation>ใส่หัวข้อก่อน</translation>
    </message>
    <message>
      <source>Please enter the trainer.</source>
      <translation>ใส่ชื่อวิทยากรก่อน</translation>
    </message>
    <message>
      <source>Please enter the {what}.</source>
      <translation>ใส่{what}ก่อน</translation>
    </message>
    <message>
      <source>Please enter who gave the money.</source>
      <translation>ใส่ชื่อผู้ให้เงินก่อน</translation>
    </message>
    <message>
      <source>Please fill in the form.</source>
      <translation>กรอกแบบฟอร์มก่อน</translation>
    </message>
    <message>
      <source>Please give a reason.</source>
      <translation>ใส่เหตุผลก่อน</translation>
    </message>
    <message>
      <source>Please give the bed a name.</source>
      <translation>ตั้งชื่อแปลงก่อน</translation>
    </message>
    <message>
      <source>Please say why the planting failed.</source>
      <translation>บอกสาเหตุที่ปลูกไม่สำเร็จก่อน</translation>
    </message>
    <message>
      <source>Please sign in again.</source>
      <translation>เข้าใช้งานใหม่อีกครั้ง</translation>
    </message>
    <message>
      <source>Please type text here.</source>
      <translation>พิมพ์ข้อความตรงนี้</translation>
    </message>
    <message>
      <source>Please write the name in Thai.</source>
      <translation>เขียนชื่อเป็นภาษาไทย</translation>
    </message>
    <message>
      <source>Please write what the money is for.</source>
      <translation>เขียนว่าใช้เงินทำอะไร</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>แปลงผัก</translation>
    </message>
    <message>
      <source>Plot (programme)</source>
      <translation>แปลงโครงการ</translation>
    </message>
    <message>
      <source>Plot map</source>
      <translation>ผังแปลง</translation>
    </message>
    <message>
      <source>Plot produce sales</source>
      <translation>ขายผักจากแปลงโครงการ</translation>
    </message>
    <message>
      <source>Plot schedule</source>
      <translation>ตารางงานแปลงผัก</translation>
    </message>
    <message>
      <source>Plot schedule, week {first} to {last}</source>
      <translation>ตารางงานแปลงผัก สัปดาห์ {first} ถึง {last}</translation>
    </message>
    <message>
      <source>Plot tasks and training</source>
      <translation>งานในแปลงและการอบรม</translation>
    </message>
    <message>
      <source>Plot tasks done</source>
      <translation>งานในแปลงที่ทำแล้ว</translation>
    </message>
    <message>
      <source>Plot tasks you did</source>
      <translation>งานในแปลงที่คุณทำ</translation>
    </message>
    <message>
      <source>Poor in</source>
      <translation>ไม่งามใน</translation>
    </message>
    <message>
      <source>Popular</source>
      <translation>ขายดี</translation>
    </message>
    <message>
      <source>Portfolio at risk</source>
      <translation>เงินกู้ค้างเกินกำหนด</translation>
    </message>
    <message>
      <source>Portfolio at risk (PAR30)</source>
      <translation>เงินกู้ค้างเกิน 30 วัน (%)</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Poster printed and saved: {path}</source>
      <translation>พิมพ์ป้ายแล้ว และบันทึกไว้ที่ {path}</translation>
    </message>
    <message>
      <source>Poster saved: {path}</source>
      <translation>บันทึกป้ายแล้ว: {path}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>ดูตัวอย่าง</translation>
    </message>
    <message>
      <source>Preview of {who}.</source>
      <translation>ตัวอย่างใบแจ้งยอดของ {who}</translation>
    </message>
    <message>
      <source>Previous month</source>
      <translation>เดือนก่อน</translation>
    </message>
    <message>
      <source>Previous week</source>
      <translation>สัปดาห์ก่อน</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>ราคา</translation>
    </message>
    <message>
      <source>Price change</source>
      <translation>ราคาที่แก้</translation>
    </message>
    <message>
      <source>Price changed at sale</source>
      <translation>เปลี่ยนราคาตอนขาย</translation>
    </message>
    <message>
      <source>Price changed at sale {target}.</source>
      <translation>เปลี่ยนราคาในบิล {target}</translation>
    </message>
    <message>
      <source>Price changes and discounts</source>
      <translation>เปลี่ยนราคาและส่วนลด</translation>
    </message>
    <message>
      <source>Price overrides and discounts</source>
      <translation>แก้ราคาและส่วนลด</translation>
    </message>
    <message>
      <source>Price: {problem}</source>
      <translation>ราคา: {problem}</translation>
    </message>
    <message>
      <source>Principal</source>
      <translation>เงินต้น</translation>
    </message>
    <message>
      <source>Print a blank privacy notice</source>
      <translation>พิมพ์ประกาศความเป็นส่วนตัว (ฉบับเปล่า)</translation>
    </message>
    <message>
      <source>Print again</source>
      <translation>พิมพ์อีกครั้ง</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>พิมพ์ทั้งหมด</translation>
    </message>
    <message>
      <source>Print receipt</source>
      <translation>พิมพ์ใบเสร็จ</translation>
    </message>
    <message>
      <source>Print the PromptPay poster</source>
      <translation>พิมพ์ป้ายพร้อมเพย์</translation>
    </message>
    <message>
      <source>Print the privacy notice</source>
      <translation>พิมพ์ประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
      <source>Print the recovery sheet</source>
      <translation>พิมพ์แผ่นกู้คืน</translation>
    </message>
    <message>
      <source>Print this one</source>
      <translation>พิมพ์ใบนี้</translation>
    </message>
    <message>
      <source>Print this week</source>
      <translation>พิมพ์ตารางสัปดาห์นี้</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>พิมพ์เมื่อ</translation>
    </message>
    <message>
      <source>Printed ({n} page).</source>
      <translation>พิมพ์แล้ว ({n} หน้า)</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
      <source>Printing a copy…</source>
      <translation>กำลังพิมพ์สำเนา…</translation>
    </message>
    <message>
      <source>Printing failed. Tell the staff.</source>
      <translation>พิมพ์ไม่ออก บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>ความเป็นส่วนตัว</translation>
    </message>
    <message>
      <source>Privacy notice</source>
      <translation>ประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
      <source>Privacy notice {version}</source>
      <translation>ประกาศความเป็นส่วนตัว ฉบับ {version}</translation>
    </message>
    <message>
      <source>Privacy notice, version {version} (Personal Data Protection Act B.E. 2562)</source>
      <translation>ประกาศความเป็นส่วนตัว ฉบับ {version} (พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)</translation>
    </message>
    <message>
      <source>Produce</source>
      <translation>ผัก</translation>
    </message>
    <message>
      <source>Produce harvested and sold</source>
      <translation>ผักที่เก็บและขายได้</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>สินค้า</translation>
    </message>
    <message>
      <source>Product added</source>
      <translation>เพิ่มสินค้า</translation>
    </message>
    <message>
      <source>Product changed</source>
      <translation>แก้สินค้า</translation>
    </message>
    <message>
      <source>Product code</source>
      <translation>รหัสสินค้า</translation>
    </message>
    <message>
      <source>Product saved.</source>
      <translation>บันทึกสินค้าแล้ว</translation>
    </message>
    <message>
      <source>Product {target} added.</source>
      <translation>เพิ่มสินค้า {target} แล้ว</translation>
    </message>
    <message>
      <source>Product {target} changed.</source>
      <translation>แก้สินค้า {target} แล้ว</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>สินค้า</translation>
    </message>
    <message>
      <source>Products in stock</source>
      <translation>สินค้าคงเหลือ</translation>
    </message>
    <message>
      <source>Programme plot</source>
      <translation>แปลงโครงการ</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>ความคืบหน้า</translation>
    </message>
    <message>
      <source>PromptPay</source>
      <translation>พร้อมเพย์</translation>
    </message>
    <message>
      <source>PromptPay account name (as bank apps show it)</source>
      <translation>ชื่อบัญชีที่แอปธนาคารขึ้น</translation>
    </message>
    <message>
      <source>PromptPay number (phone or 13-digit ID)</source>
      <translation>เบอร์พร้อมเพย์ (เบอร์มือถือหรือเลข 13 หลัก)</translation>
    </message>
    <message>
      <source>PromptPay payment {target} marked as received ({amount} baht).</source>
      <translation>ยืนยันรับพร้อมเพย์ {target} ({amount} บาท)</translation>
    </message>
    <message>
      <source>PromptPay payment {target} unmarked ({amount} baht).</source>
      <translation>ยกเลิกการยืนยันพร้อมเพย์ {target} ({amount} บาท)</translation>
    </message>
    <message>
      <source>PromptPay payments</source>
      <translation>รายการพร้อมเพย์</translation>
    </message>
    <message>
      <source>PromptPay received</source>
      <translation>รับพร้อมเพย์แล้ว</translation>
    </message>
    <message>
      <source>PromptPay unmarked</source>
      <translation>ยกเลิกยืนยันพร้อมเพย์</translation>
    </message>
    <message>
      <source>PromptPay {target}</source>
      <translation>พร้อมเพย์ {target}</translation>
    </message>
    <message>
      <source>Protocol</source>
      <translation>รูปแบบข้อมูล</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>วัตถุประสงค์</translation>
    </message>
    <message>
      <source>Put in change money</source>
      <translation>เติมเงินทอน</translation>
    </message>
    <message>
      <source>QR code saved to {path}.</source>
      <translation>บันทึกคิวอาร์โค้ดไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>Qty x price</source>
      <translation>จำนวน × ราคา</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>จำนวน</translation>
    </message>
    <message>
      <source>Questions about this paper? Ask the staff at the stall. Scan the code or type it into the kiosk to check that these figures are the fund's.</source>
      <translation>มีคำถามเรื่องใบนี้ บอกเจ้าหน้าที่ที่ร้าน สแกนคิวอาร์หรือพิมพ์รหัสตรวจสอบที่คีออสก์ เพื่อดูว่าตัวเลขตรงกับบัญชีกองทุน</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>ออก</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>เปิดใช้งานอีกครั้ง</translation>
    </message>
    <message>
      <source>Ready to post.</source>
      <translation>พร้อมบันทึก</translation>
    </message>
    <message>
      <source>Ready to save.</source>
      <translation>พร้อมบันทึก</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <source>Reason (approved by)</source>
      <translation>เหตุผล (ผู้อนุมัติ)</translation>
    </message>
    <message>
      <source>Reason (needed for waste)</source>
      <translation>เหตุผล (ต้องใส่เมื่อทิ้ง)</translation>
    </message>
    <message>
      <source>Reason for the reversal</source>
      <translation>เหตุผลที่กลับรายการ</translation>
    </message>
    <message>
      <source>Reason or note</source>
      <translation>เหตุผลหรือหมายเหตุ</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>เหตุผล: {reason}</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>ใบเสร็จรับเงิน</translation>
    </message>
    <message>
      <source>Receipt for the customer</source>
      <translation>ใบเสร็จให้ลูกค้า</translation>
    </message>
    <message>
      <source>Receipt number</source>
      <translation>เลขที่ใบเสร็จ</translation>
    </message>
    <message>
      <source>Receipt printed.</source>
      <translation>พิมพ์ใบเสร็จแล้ว</translation>
    </message>
    <message>
      <source>Receipt saved.</source>
      <translation>บันทึกใบเสร็จแล้ว</translation>
    </message>
    <message>
      <source>Receipt {number} · {total} · {how}</source>
      <translation>ใบเสร็จ {number} · {total} · {how}</translation>
    </message>
    <message>
      <source>Receipts and printer</source>
      <translation>ใบเสร็จและเครื่องพิมพ์</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>รับเงินมา</translation>
    </message>
    <message>
      <source>Received by {name}</source>
      <translation>ผู้รับเงิน {name}</translation>
    </message>
    <message>
      <source>Received into</source>
      <translation>รับเงินเข้า</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>บันทึกความยินยอม</translation>
    </message>
    <message>
      <source>Record harvest</source>
      <translation>บันทึกการเก็บ</translation>
    </message>
    <message>
      <source>Record harvest of {crop}</source>
      <translation>บันทึกการเก็บ{crop}</translation>
    </message>
    <message>
      <source>Recorded on hand</source>
      <translation>คงเหลือที่บันทึก</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>เลขอ้างอิง</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>คืนเงิน</translation>
    </message>
    <message>
      <source>Refund lines</source>
      <translation>คืนบางรายการ</translation>
    </message>
    <message>
      <source>Refund on sale {target}: {reason}.</source>
      <translation>คืนเงินบิล {target}: {reason}</translation>
    </message>
    <message>
      <source>Refund the chosen lines (staff PIN)</source>
      <translation>คืนเงินรายการที่เลือก (รหัสเจ้าหน้าที่)</translation>
    </message>
    <message>
      <source>Refund {date} {time}</source>
      <translation>คืนเงิน {date} {time}</translation>
    </message>
    <message>
      <source>Refund {n} lines of {number}?</source>
      <translation>คืนเงิน {n} รายการ ของบิล {number} ไหม?</translation>
    </message>
    <message>
      <source>Refund {ref}</source>
      <translation>คืนเงิน {ref}</translation>
    </message>
    <message>
      <source>Refunded {amount}</source>
      <translation>คืนเงินแล้ว {amount}</translation>
    </message>
    <message>
      <source>Refunded {qty} {unit}</source>
      <translation>คืนแล้ว {qty} {unit}</translation>
    </message>
    <message>
      <source>Refunds</source>
      <translation>คืนเงิน</translation>
    </message>
    <message>
      <source>Remove everything from the cart?</source>
      <translation>เอาของออกจากตะกร้าทั้งหมดไหม?</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>ลบรายการ</translation>
    </message>
    <message>
      <source>Remove the national ID</source>
      <translation>ลบเลขบัตรประชาชน</translation>
    </message>
    <message>
      <source>Repaid this month</source>
      <translation>ชำระเดือนนี้</translation>
    </message>
    <message>
      <source>Repayment</source>
      <translation>รับชำระเงินกู้</translation>
    </message>
    <message>
      <source>Repayment of {amount} recorded.</source>
      <translation>บันทึกรับชำระ {amount} แล้ว</translation>
    </message>
    <message>
      <source>Repayment {number}</source>
      <translation>รับชำระ {number}</translation>
    </message>
    <message>
      <source>Repayments</source>
      <translation>การรับชำระเงินกู้</translation>
    </message>
    <message>
      <source>Repayments, and the instalments each one paid (oldest first, interest before principal)</source>
      <translation>การรับชำระ และงวดที่แต่ละครั้งชำระ (งวดเก่าก่อน ดอกเบี้ยก่อนเงินต้น)</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>เขียนทับ</translation>
    </message>
    <message>
      <source>Report no. {number}  ·  printed {day}</source>
      <translation>รายงานเลขที่ {number}  ·  พิมพ์วันที่ {day}</translation>
    </message>
    <message>
      <source>Report saved.</source>
      <translation>บันทึกรายงานแล้ว</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>รายงาน</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
      <source>Reprint (copy)</source>
      <translation>พิมพ์ซ้ำ (สำเนา)</translation>
    </message>
    <message>
      <source>Reschedule a loan</source>
      <translation>ปรับตารางผ่อน</translation>
    </message>
    <message>
      <source>Rest between crops of one family</source>
      <translation>พักแปลงระหว่างพืชตระกูลเดียวกัน</translation>
    </message>
    <message>
      <source>Rest by PromptPay</source>
      <translation>ที่เหลือโอนพร้อมเพย์</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>กู้คืนข้อมูล</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>กู้คืนจากไฟล์สำรองนี้</translation>
    </message>
    <message>
      <source>Restored from {target}.</source>
      <translation>กู้คืนข้อมูลจาก {target}</translation>
    </message>
    <message>
      <source>Restored {target} from {path}.</source>
      <translation>กู้คืน {target} จาก {path} เรียบร้อยแล้ว</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>ผลลัพธ์</translation>
    </message>
    <message>
      <source>Reversal</source>
      <translation>กลับรายการ</translation>
    </message>
    <message>
      <source>Reverse entry</source>
      <translation>กลับรายการ</translation>
    </message>
    <message>
      <source>Reverse the loan's later entries first.</source>
      <translation>ต้องกลับรายการหลังๆ ของเงินกู้นี้ก่อน</translation>
    </message>
    <message>
      <source>Reverse the write-off</source>
      <translation>กลับรายการตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>Reverse this repayment</source>
      <translation>กลับรายการรับชำระนี้</translation>
    </message>
    <message>
      <source>Reversed</source>
      <translation>กลับรายการแล้ว</translation>
    </message>
    <message>
      <source>Reversed by entry {n}</source>
      <translation>กลับรายการแล้ว ด้วยรายการที่ {n}</translation>
    </message>
    <message>
      <source>Reverses entry {n}</source>
      <translation>กลับรายการของรายการที่ {n}</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>หน้าที่</translation>
    </message>
    <message>
      <source>Role changed</source>
      <translation>เปลี่ยนบทบาท</translation>
    </message>
    <message>
      <source>Role changed.</source>
      <translation>เปลี่ยนหน้าที่แล้ว</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>ขายสินค้า</translation>
    </message>
    <message>
      <source>Sale products</source>
      <translation>สินค้าที่ขาย</translation>
    </message>
    <message>
      <source>Sale saved</source>
      <translation>ขายเสร็จแล้ว</translation>
    </message>
    <message>
      <source>Sale voided</source>
      <translation>ยกเลิกบิล</translation>
    </message>
    <message>
      <source>Sale {number}</source>
      <translation>บิล {number}</translation>
    </message>
    <message>
      <source>Sale {number} is already voided.</source>
      <translation>บิล {number} ยกเลิกไปแล้ว</translation>
    </message>
    <message>
      <source>Sale {ref}</source>
      <translation>ขาย {ref}</translation>
    </message>
    <message>
      <source>Sale {target} voided: {reason}.</source>
      <translation>ยกเลิกบิล {target}: {reason}</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>จำนวนบิล</translation>
    </message>
    <message>
      <source>Sales (baht)</source>
      <translation>ยอดขาย (บาท)</translation>
    </message>
    <message>
      <source>Sales ({n})</source>
      <translation>ยอดขาย ({n} บิล)</translation>
    </message>
    <message>
      <source>Sales before commission</source>
      <translation>ยอดขายก่อนหักค่าฝากขาย</translation>
    </message>
    <message>
      <source>Sales by day</source>
      <translation>ยอดขายรายวัน</translation>
    </message>
    <message>
      <source>Sales by produce this month (baht)</source>
      <translation>ยอดขายแยกตามผัก เดือนนี้ (บาท)</translation>
    </message>
    <message>
      <source>Sales by product</source>
      <translation>ยอดขายตามสินค้า</translation>
    </message>
    <message>
      <source>Sales of the programme's plot produce</source>
      <translation>ขายผักจากแปลงโครงการ</translation>
    </message>
    <message>
      <source>Sales today</source>
      <translation>บิลวันนี้</translation>
    </message>
    <message>
      <source>Sales total</source>
      <translation>ยอดขาย</translation>
    </message>
    <message>
      <source>Sales, loans and payouts are accounting records: we keep them {years} years after the end of their year, as the law asks.</source>
      <translation>การขาย เงินกู้ และการจ่ายเงิน เป็นเอกสารทางบัญชี เราเก็บไว้ {years} ปีนับจากสิ้นปีบัญชี ตามที่กฎหมายกำหนด</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Save all as PDFs</source>
      <translation>บันทึกทั้งหมดเป็น PDF</translation>
    </message>
    <message>
      <source>Save crop</source>
      <translation>บันทึกพืช</translation>
    </message>
    <message>
      <source>Save harvest</source>
      <translation>บันทึกการเก็บผัก</translation>
    </message>
    <message>
      <source>Save planting</source>
      <translation>บันทึกการปลูก</translation>
    </message>
    <message>
      <source>Save session</source>
      <translation>บันทึกการอบรม</translation>
    </message>
    <message>
      <source>Save size</source>
      <translation>บันทึกขนาด</translation>
    </message>
    <message>
      <source>Save status</source>
      <translation>บันทึกสถานะ</translation>
    </message>
    <message>
      <source>Save the backup folder</source>
      <translation>บันทึกโฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
      <source>Save the books for Beancount (Fava)</source>
      <translation>บันทึกบัญชีสำหรับ Beancount (Fava)</translation>
    </message>
    <message>
      <source>Save the export in</source>
      <translation>บันทึกไฟล์ส่งออกไว้ที่</translation>
    </message>
    <message>
      <source>Save the month as a spreadsheet</source>
      <translation>บันทึกเดือนนี้เป็นสเปรดชีต</translation>
    </message>
    <message>
      <source>Save the statements in</source>
      <translation>บันทึกใบแจ้งยอดไว้ที่</translation>
    </message>
    <message>
      <source>Saved in {path}</source>
      <translation>บันทึกไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>บันทึกแล้ว</translation>
    </message>
    <message>
      <source>Saved: no scale.</source>
      <translation>บันทึกแล้ว: ไม่ใช้ตาชั่ง</translation>
    </message>
    <message>
      <source>Saved: {name} {change} {unit}, now {level} {unit}.</source>
      <translation>บันทึกแล้ว: {name} {change} {unit} ตอนนี้มี {level} {unit}</translation>
    </message>
    <message>
      <source>Scale port (empty: no scale)</source>
      <translation>ช่องต่อตาชั่ง (เว้นว่าง: ไม่มีตาชั่ง)</translation>
    </message>
    <message>
      <source>Scan the QR with your banking app.</source>
      <translation>สแกนคิวอาร์ด้วยแอปธนาคาร</translation>
    </message>
    <message>
      <source>Scan to pay with PromptPay</source>
      <translation>สแกนจ่ายด้วยพร้อมเพย์</translation>
    </message>
    <message>
      <source>Scan to pay with your bank app</source>
      <translation>สแกนจ่ายด้วยแอปธนาคาร</translation>
    </message>
    <message>
      <source>Schedule: {n} instalments, {total} in all.</source>
      <translation>ตารางผ่อน: {n} งวด รวม {total}</translation>
    </message>
    <message>
      <source>Schema upgraded: {before} -&gt; {after}.</source>
      <translation>ปรับโครงสร้างฐานข้อมูลแล้ว: {before} -&gt; {after}</translation>
    </message>
    <message>
      <source>Screen facing the customer</source>
      <translation>จอที่หันหาลูกค้า</translation>
    </message>
    <message>
      <source>Search by name, nickname or phone</source>
      <translation>ค้นหาด้วยชื่อ ชื่อเล่น หรือเบอร์โทร</translation>
    </message>
    <message>
      <source>Search by receipt number</source>
      <translation>ค้นหาด้วยเลขที่ใบเสร็จ</translation>
    </message>
    <message>
      <source>Search description or reference</source>
      <translation>ค้นหารายละเอียดหรือเลขอ้างอิง</translation>
    </message>
    <message>
      <source>Search name or code, or scan</source>
      <translation>ค้นหาชื่อ รหัส หรือสแกน</translation>
    </message>
    <message>
      <source>Search products</source>
      <translation>ค้นหาสินค้า</translation>
    </message>
    <message>
      <source>Season start dates are written as MM-DD, e.g. 02-15.</source>
      <translation>วันเริ่มฤดูให้เขียนแบบ เดือน-วัน เช่น 02-15</translation>
    </message>
    <message>
      <source>Seasons</source>
      <translation>ฤดูกาล</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>ส่งไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
      <source>Set the PromptPay number in Settings first.</source>
      <translation>ใส่เบอร์พร้อมเพย์ในหน้าตั้งค่าก่อน</translation>
    </message>
    <message>
      <source>Set the backup passphrase</source>
      <translation>ตั้งรหัสผ่านสำรองข้อมูล</translation>
    </message>
    <message>
      <source>Set the backup passphrase first.</source>
      <translation>กรุณาตั้งรหัสผ่านสำรองข้อมูลก่อน</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <translation>เปลี่ยนการตั้งค่า</translation>
    </message>
    <message>
      <source>Setting {target} changed from {old} to {new}.</source>
      <translation>เปลี่ยนค่า {target} จาก {old} เป็น {new}</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>ตั้งค่า</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>บันทึกการตั้งค่าแล้ว</translation>
    </message>
    <message>
      <source>Share of plot sales to the fund</source>
      <translation>ส่วนของยอดขายผักจากแปลงที่เข้ากองทุน</translation>
    </message>
    <message>
      <source>Show between 1 and 10,000 entries.</source>
      <translation>แสดงได้ 1 ถึง 10,000 รายการ</translation>
    </message>
    <message>
      <source>Show it on the sale screen</source>
      <translation>แสดงในหน้าขาย</translation>
    </message>
    <message>
      <source>Show the full national ID</source>
      <translation>แสดงเลขบัตรประชาชนเต็ม</translation>
    </message>
    <message>
      <source>Show those who left</source>
      <translation>แสดงคนที่ออกแล้ว</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>ออกจากระบบ</translation>
    </message>
    <message>
      <source>Sign out when idle after</source>
      <translation>ออกจากระบบเมื่อไม่มีการใช้งาน</translation>
    </message>
    <message>
      <source>Signature or thumbprint</source>
      <translation>ลายมือชื่อหรือลายพิมพ์นิ้วมือ</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>เข้าใช้งาน</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>ออกจากระบบ</translation>
    </message>
    <message>
      <source>Signs in at the kiosk as</source>
      <translation>เข้าใช้คีออสก์ในชื่อ</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>ขายได้</translation>
    </message>
    <message>
      <source>Sold beyond recorded stock</source>
      <translation>ขายเกินจำนวนคงเหลือที่บันทึกไว้</translation>
    </message>
    <message>
      <source>Sold by</source>
      <translation>ขายเป็น</translation>
    </message>
    <message>
      <source>Sold by (unit)</source>
      <translation>ขายเป็น (หน่วย)</translation>
    </message>
    <message>
      <source>Sold more than the recorded stock: {names}. Tell staff to count it.</source>
      <translation>ขายเกินจำนวนคงเหลือที่บันทึกไว้: {names} บอกเจ้าหน้าที่ให้นับของใหม่</translation>
    </message>
    <message>
      <source>Sow</source>
      <translation>ลงเมล็ด</translation>
    </message>
    <message>
      <source>Sow or plant</source>
      <translation>ลงเมล็ดหรือย้ายกล้า</translation>
    </message>
    <message>
      <source>Sow or plant on</source>
      <translation>วันลงเมล็ดหรือย้ายกล้า</translation>
    </message>
    <message>
      <source>Spacing</source>
      <translation>ระยะปลูก</translation>
    </message>
    <message>
      <source>Spacing in cm</source>
      <translation>ระยะปลูก (ซม.)</translation>
    </message>
    <message>
      <source>Spacing is written in cm like 20 or 20x30.</source>
      <translation>ใส่ระยะปลูกเป็น ซม. เช่น 20 หรือ 20x30</translation>
    </message>
    <message>
      <source>Speed (baud)</source>
      <translation>ความเร็ว (บอด)</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Staff (all but settings)</source>
      <translation>เจ้าหน้าที่ (ทุกอย่างยกเว้นตั้งค่า)</translation>
    </message>
    <message>
      <source>Staff PIN</source>
      <translation>รหัสเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Staff approval</source>
      <translation>เจ้าหน้าที่อนุมัติ</translation>
    </message>
    <message>
      <source>Staff only</source>
      <translation>เฉพาะเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Staff or admin PIN</source>
      <translation>PIN ของเจ้าหน้าที่หรือผู้ดูแล</translation>
    </message>
    <message>
      <source>Staff or admin PIN:</source>
      <translation>PIN ของเจ้าหน้าที่หรือผู้ดูแล:</translation>
    </message>
    <message>
      <source>Staff who recorded it</source>
      <translation>เจ้าหน้าที่ผู้บันทึก</translation>
    </message>
    <message>
      <source>Stall name</source>
      <translation>ชื่อร้าน</translation>
    </message>
    <message>
      <source>Stall phone</source>
      <translation>เบอร์โทรร้าน</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>เริ่ม</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>เริ่มนับใหม่</translation>
    </message>
    <message>
      <source>Start from</source>
      <translation>เริ่มจาก</translation>
    </message>
    <message>
      <source>Start of month</source>
      <translation>ต้นเดือน</translation>
    </message>
    <message>
      <source>State</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>รายการเคลื่อนไหว</translation>
    </message>
    <message>
      <source>Statement no. {number}  ·  printed {day}</source>
      <translation>ใบแจ้งยอดเลขที่ {number}  ·  พิมพ์วันที่ {day}</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>ใบแจ้งยอด</translation>
    </message>
    <message>
      <source>Statements printed for you</source>
      <translation>ใบแจ้งยอดที่พิมพ์ให้ท่าน</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Steady: tap to use this weight.</source>
      <translation>น้ำหนักนิ่งแล้ว กดเพื่อใช้น้ำหนักนี้</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>ขั้นตอน</translation>
    </message>
    <message>
      <source>Still owed</source>
      <translation>ยอดค้าง</translation>
    </message>
    <message>
      <source>Still taking part</source>
      <translation>ยังอยู่ในโครงการ</translation>
    </message>
    <message>
      <source>Still to pay</source>
      <translation>ยังขาดอีก</translation>
    </message>
    <message>
      <source>Still to repay at the end of the month</source>
      <translation>ยังต้องชำระ ณ สิ้นเดือน</translation>
    </message>
    <message>
      <source>Still to repay at the start of the month</source>
      <translation>ยังต้องชำระ ณ ต้นเดือน</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>คงเหลือ</translation>
    </message>
    <message>
      <source>Stock adjusted</source>
      <translation>ปรับจำนวนคงเหลือ</translation>
    </message>
    <message>
      <source>Stock of {target} adjusted by {quantity} ({kind}).</source>
      <translation>ปรับคงเหลือ {target} {quantity} ({kind})</translation>
    </message>
    <message>
      <source>Stock: consignments, waste, counts</source>
      <translation>คงเหลือ: รับฝากขาย ของเสีย นับของ</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>หยุด</translation>
    </message>
    <message>
      <source>Stopped: nothing was sent to the printer.</source>
      <translation>หยุดแล้ว ยังไม่ได้ส่งไปพิมพ์</translation>
    </message>
    <message>
      <source>Stopped: {n} of {total} files were saved.</source>
      <translation>หยุดแล้ว: บันทึกไฟล์ได้ {n} จาก {total} ไฟล์</translation>
    </message>
    <message>
      <source>Stopped; nothing more was done.</source>
      <translation>หยุดแล้ว ไม่ได้ทำอะไรต่อ</translation>
    </message>
    <message>
      <source>Summary so far</source>
      <translation>สรุปยอดถึงตอนนี้</translation>
    </message>
    <message>
      <source>System printer</source>
      <translation>เครื่องพิมพ์ของระบบ</translation>
    </message>
    <message>
      <source>System printer name</source>
      <translation>ชื่อเครื่องพิมพ์ของระบบ</translation>
    </message>
    <message>
      <source>Take bed {name} off the map? Its history stays.</source>
      <translation>เอาแปลง {name} ออกจากผังแปลงไหม ประวัติยังอยู่</translation>
    </message>
    <message>
      <source>Take the rest as a donation</source>
      <translation>รับส่วนเกินเป็นเงินบริจาค</translation>
    </message>
    <message>
      <source>Talad Jompol career fund</source>
      <translation>กองทุนอาชีพตลาดจอมพล</translation>
    </message>
    <message>
      <source>Talad Jompol kiosk</source>
      <translation>ตลาดจอมพล</translation>
    </message>
    <message>
      <source>Talad Jompol kiosk: the stall, the plot and the career fund.</source>
      <translation>คีออสก์ตลาดจอมพล: แผงผัก แปลงผัก และกองทุนอาชีพ</translation>
    </message>
    <message>
      <source>Talad Jompol: pesticide-free vegetables</source>
      <translation>ตลาดจอมพล ผักปลอดสารพิษ</translation>
    </message>
    <message>
      <source>Tap a bed</source>
      <translation>กดที่แปลง</translation>
    </message>
    <message>
      <source>Tap a crop to change it.</source>
      <translation>กดที่พืชเพื่อแก้ไข</translation>
    </message>
    <message>
      <source>Tap a vegetable to start a sale</source>
      <translation>กดรูปผักที่จะขาย</translation>
    </message>
    <message>
      <source>Tap your name on the left.</source>
      <translation>กดชื่อของคุณทางซ้าย</translation>
    </message>
    <message>
      <source>Tap your name to sign in</source>
      <translation>กดชื่อของคุณ แล้วใส่รหัสผ่าน</translation>
    </message>
    <message>
      <source>Tasks added</source>
      <translation>เพิ่มงาน</translation>
    </message>
    <message>
      <source>Tax ID "{text}": its last digit does not match. Check the digits against the certificate.</source>
      <translation>เลขประจำตัวผู้เสียภาษี "{text}" หลักสุดท้ายไม่ตรง ตรวจเลขกับหนังสือรับรองอีกครั้ง</translation>
    </message>
    <message>
      <source>Tax ID on receipts (13 digits; may be empty)</source>
      <translation>เลขผู้เสียภาษีบนใบเสร็จ</translation>
    </message>
    <message>
      <source>Tax ID {tax_id}</source>
      <translation>เลขประจำตัวผู้เสียภาษี {tax_id}</translation>
    </message>
    <message>
      <source>Tel. {phone}</source>
      <translation>โทร. {phone}</translation>
    </message>
    <message>
      <source>Test print</source>
      <translation>ทดสอบพิมพ์</translation>
    </message>
    <message>
      <source>Test sale</source>
      <translation>ขายทดลอง</translation>
    </message>
    <message>
      <source>Test the scale</source>
      <translation>ลองตาชั่ง</translation>
    </message>
    <message>
      <source>Thai name</source>
      <translation>ชื่อไทย</translation>
    </message>
    <message>
      <source>Thank you</source>
      <translation>ขอบคุณ</translation>
    </message>
    <message>
      <source>Thank you for supporting pesticide-free vegetables</source>
      <translation>ขอบคุณที่อุดหนุนผักปลอดสารพิษ</translation>
    </message>
    <message>
      <source>That amount is too small to weigh.</source>
      <translation>จำนวนเงินน้อยเกินไป ชั่งไม่ได้ ใส่จำนวนเงินมากขึ้น</translation>
    </message>
    <message>
      <source>That date does not exist.</source>
      <translation>ไม่มีวันที่นี้</translation>
    </message>
    <message>
      <source>That date does not exist. Please check the day.</source>
      <translation>ไม่มีวันที่นี้ในปฏิทิน ตรวจวันที่อีกครั้ง</translation>
    </message>
    <message>
      <source>That file is the database itself; choose a backup file.</source>
      <translation>ไฟล์นี้คือฐานข้อมูลที่ใช้อยู่ ให้เลือกไฟล์สำรอง</translation>
    </message>
    <message>
      <source>That is not a staff PIN.</source>
      <translation>รหัสผิด ต้องใช้รหัสผ่านของเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>That is your own PIN. A staff member must type theirs.</source>
      <translation>รหัสนี้เป็นของคุณเอง เรียกเจ้าหน้าที่มาใส่รหัสของเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>That line is not part of this sale.</source>
      <translation>รายการนี้ไม่ได้อยู่ในบิลนี้</translation>
    </message>
    <message>
      <source>That month is already closed.</source>
      <translation>เดือนนี้ปิดงวดบัญชีแล้ว</translation>
    </message>
    <message>
      <source>That month is closed. Post the correction in an open month.</source>
      <translation>เดือนนั้นปิดงวดบัญชีแล้ว บันทึกการแก้ไขในเดือนที่ยังไม่ปิด</translation>
    </message>
    <message>
      <source>That name is too long.</source>
      <translation>ชื่อยาวเกินไป</translation>
    </message>
    <message>
      <source>That quantity is too large.</source>
      <translation>จำนวนมากเกินไป ตรวจอีกครั้ง</translation>
    </message>
    <message>
      <source>That screen name is not valid.</source>
      <translation>ชื่อจอไม่ถูกต้อง</translation>
    </message>
    <message>
      <source>That would make more than a year of tasks.</source>
      <translation>งานจะยาวเกินหนึ่งปี</translation>
    </message>
    <message>
      <source>The Beancount file holds every entry up to the month's end; the spreadsheet holds the chosen month.</source>
      <translation>ไฟล์ Beancount มีทุกรายการบัญชีจนถึงสิ้นเดือน ส่วนสเปรดชีตมีเฉพาะเดือนที่เลือก</translation>
    </message>
    <message>
      <source>The PIN of {target} was changed.</source>
      <translation>เปลี่ยนรหัสผ่านของ {target} แล้ว</translation>
    </message>
    <message>
      <source>The PromptPay account name is too long (at most {max} letters).</source>
      <translation>ชื่อบัญชีพร้อมเพย์ยาวเกินไป (ไม่เกิน {max} ตัวอักษร)</translation>
    </message>
    <message>
      <source>The PromptPay amount is more than the total.</source>
      <translation>ยอดพร้อมเพย์มากกว่ายอดที่ต้องจ่าย แก้จำนวนเงินก่อน</translation>
    </message>
    <message>
      <source>The PromptPay amount must be more than zero.</source>
      <translation>ยอดพร้อมเพย์ต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>The account is unknown.</source>
      <translation>ไม่พบบัญชีนี้</translation>
    </message>
    <message>
      <source>The account {code} is closed.</source>
      <translation>บัญชี {code} ปิดแล้ว</translation>
    </message>
    <message>
      <source>The account {code} would go below zero.</source>
      <translation>บัญชี {code} จะติดลบ</translation>
    </message>
    <message>
      <source>The address is too long (at most 200 letters).</source>
      <translation>ที่อยู่ยาวเกินไป (ไม่เกิน 200 ตัวอักษร)</translation>
    </message>
    <message>
      <source>The amount cannot be negative.</source>
      <translation>จำนวนเงินติดลบไม่ได้</translation>
    </message>
    <message>
      <source>The amount does not match the quantity: weigh it again.</source>
      <translation>จำนวนเงินไม่ตรงกับน้ำหนัก ชั่งใหม่</translation>
    </message>
    <message>
      <source>The amount is too large.</source>
      <translation>จำนวนเงินมากเกินไป ตรวจอีกครั้ง</translation>
    </message>
    <message>
      <source>The amount must be more than zero.</source>
      <translation>จำนวนเงินต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>The audit log about you</source>
      <translation>บันทึกการใช้งานที่เกี่ยวกับท่าน</translation>
    </message>
    <message>
      <source>The auditor and the kiosk disagree. Seed {seed}, day {n} ({day}):</source>
      <translation>ผู้ตรวจสอบกับคีออสก์ได้ตัวเลขไม่ตรงกัน ค่าเริ่มสุ่ม {seed} วันที่ {n} ({day}):</translation>
    </message>
    <message>
      <source>The automatic backup failed: {reason} The day is closed and today's sales are saved on this computer.</source>
      <translation>สำรองข้อมูลอัตโนมัติไม่สำเร็จ: {reason} ปิดวันเรียบร้อยแล้ว และยอดขายวันนี้บันทึกไว้ในเครื่องนี้แล้ว</translation>
    </message>
    <message>
      <source>The backup copy does not match the database. Nothing was kept; try again.</source>
      <translation>สำเนาไม่ตรงกับฐานข้อมูล ไม่ได้เก็บไว้ ลองใหม่</translation>
    </message>
    <message>
      <source>The backup folder is not a folder name.</source>
      <translation>โฟลเดอร์สำรองข้อมูลที่ใส่ไม่ใช่ชื่อโฟลเดอร์</translation>
    </message>
    <message>
      <source>The backup key file {path} is damaged. Set the backup passphrase again.</source>
      <translation>ไฟล์กุญแจสำรองข้อมูล {path} เสียหาย กรุณาตั้งรหัสผ่านสำรองข้อมูลใหม่</translation>
    </message>
    <message>
      <source>The backup passphrase is set. Print the recovery sheet and keep it apart from the USB stick.</source>
      <translation>ตั้งรหัสผ่านสำรองข้อมูลแล้ว พิมพ์แผ่นกู้คืนและเก็บแยกจากแฟลชไดรฟ์</translation>
    </message>
    <message>
      <source>The backup passphrase is wrong. Nothing was changed.</source>
      <translation>รหัสผ่านสำรองข้อมูลผิด ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
    <message>
      <source>The backup passphrase was set.</source>
      <translation>ตั้งรหัสผ่านสำรองข้อมูลแล้ว</translation>
    </message>
    <message>
      <source>The backup {path} is damaged (it fails its check). Use an older backup; nothing was changed.</source>
      <translation>ข้อมูลสำรอง {path} เสียหาย (ตรวจสอบไม่ผ่าน) กรุณาใช้ข้อมูลสำรองชุดก่อนหน้า ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
    <message>
      <source>The backup {path} is damaged ({problem}). Use an older backup.</source>
      <translation>ไฟล์สำรอง {path} เสียหาย ({problem}) ให้ใช้ไฟล์สำรองที่เก่ากว่า</translation>
    </message>
    <message>
      <source>The backup {path} is damaged and cannot be read. Use an older backup.</source>
      <translation>ไฟล์สำรอง {path} เสียหาย อ่านไม่ได้ ให้ใช้ไฟล์สำรองที่เก่ากว่า</translation>
    </message>
    <message>
      <source>The backup {path} was made by a newer version of the kiosk. Update the kiosk program first; nothing was changed.</source>
      <translation>ไฟล์สำรอง {path} มาจากคีออสก์รุ่นที่ใหม่กว่า ให้อัปเดตโปรแกรมคีออสก์ก่อน ยังไม่มีการเปลี่ยนแปลงใดๆ</translation>
    </message>
    <message>
      <source>The bank account holds only {money}.</source>
      <translation>ในบัญชีธนาคารมีเงินเพียง {money}</translation>
    </message>
    <message>
      <source>The bed must stay inside the plot ({length} x {width} cm).</source>
      <translation>แปลงต้องอยู่ในพื้นที่ ({length} x {width} ซม.)</translation>
    </message>
    <message>
      <source>The bed would overlap bed {name}.</source>
      <translation>แปลงนี้จะทับแปลง {name}</translation>
    </message>
    <message>
      <source>The books changed after this paper was printed.</source>
      <translation>บัญชีเปลี่ยนหลังจากพิมพ์ใบนี้ ตัวเลขในใบนี้ไม่ตรงกับบัญชีตอนนี้</translation>
    </message>
    <message>
      <source>The books have no entries to export yet.</source>
      <translation>ยังไม่มีรายการบัญชีให้ส่งออก</translation>
    </message>
    <message>
      <source>The cart from before was brought back: it is not paid yet.</source>
      <translation>ตะกร้าเดิมกลับมาแล้ว ยังไม่ได้รับเงิน</translation>
    </message>
    <message>
      <source>The cart has too many lines.</source>
      <translation>ในตะกร้ามีรายการมากเกินไป แบ่งขายเป็นสองบิล</translation>
    </message>
    <message>
      <source>The cart is empty.</source>
      <translation>ตะกร้ายังว่าง กดรูปผักที่จะขายก่อน</translation>
    </message>
    <message>
      <source>The cash drawer holds only {money}.</source>
      <translation>ในลิ้นชักมีเงินสดเพียง {money}</translation>
    </message>
    <message>
      <source>The cash drawer opens.</source>
      <translation>ลิ้นชักเก็บเงินเปิดแล้ว</translation>
    </message>
    <message>
      <source>The cash given is less than the amount due ({due}).</source>
      <translation>เงินสดที่รับมาน้อยกว่ายอดที่ต้องจ่าย ({due})</translation>
    </message>
    <message>
      <source>The change would be {change}: please check the cash given.</source>
      <translation>เงินทอนจะเป็น {change} ตรวจเงินที่รับมาอีกครั้ง</translation>
    </message>
    <message>
      <source>The code is up to 20 letters, digits or dashes, without spaces.</source>
      <translation>รหัสใช้ตัวอักษรอังกฤษ ตัวเลข หรือขีด ไม่เกิน 20 ตัว ห้ามเว้นวรรค</translation>
    </message>
    <message>
      <source>The commission cannot be more than the sale.</source>
      <translation>ค่าฝากขายต้องไม่เกินยอดขาย</translation>
    </message>
    <message>
      <source>The computer could not read or write the disk.</source>
      <translation>เครื่องอ่านหรือเขียนดิสก์ไม่ได้</translation>
    </message>
    <message>
      <source>The connection to the database server {host} was lost (the server restarted or the network dropped). Nothing was saved here and what you typed is kept; the kiosk connects again by itself: try again in a moment.</source>
      <translation>การเชื่อมต่อกับเครื่องฐานข้อมูล {host} ขาดไป (เครื่องเพิ่งเปิดใหม่หรือเครือข่ายหลุด) รายการนี้ยังไม่ได้บันทึก และที่พิมพ์ไว้ยังอยู่ครบ ระบบจะเชื่อมต่อใหม่เอง รอสักครู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>The connection to the database server {host} was lost at the moment of saving, so the kiosk cannot tell whether it was saved. What you typed is kept: look (the history, the list) before doing it again. A sale paid again is never recorded twice.</source>
      <translation>การเชื่อมต่อกับเครื่องฐานข้อมูล {host} ขาดไปตอนกำลังบันทึก จึงบอกไม่ได้ว่าบันทึกแล้วหรือยัง ที่พิมพ์ไว้ยังอยู่ครบ ให้ตรวจดูประวัติหรือรายการก่อนแล้วค่อยทำใหม่ บิลที่กดชำระซ้ำจะไม่ถูกบันทึกสองครั้ง</translation>
    </message>
    <message>
      <source>The consent date cannot be in the future.</source>
      <translation>วันที่ให้ความยินยอมต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
      <source>The consent date is too long ago.</source>
      <translation>วันที่ให้ความยินยอมเก่าเกินไป</translation>
    </message>
    <message>
      <source>The copy does not match its source: do not use it.</source>
      <translation>สำเนาไม่ตรงกับต้นทาง อย่าใช้สำเนานี้</translation>
    </message>
    <message>
      <source>The database could not save this.</source>
      <translation>ฐานข้อมูลบันทึกรายการนี้ไม่ได้</translation>
    </message>
    <message>
      <source>The database driver for {url} is not installed (Python module {module}). Install it into the kiosk's environment, or use a sqlite:/// URL.</source>
      <translation>ยังไม่ได้ติดตั้งไดรเวอร์ฐานข้อมูลสำหรับ {url} (โมดูล Python {module}) ติดตั้งในสภาพแวดล้อมของตู้ขาย หรือใช้ที่อยู่แบบ sqlite:///</translation>
    </message>
    <message>
      <source>The database failed its check at start.</source>
      <translation>ฐานข้อมูลไม่ผ่านการตรวจตอนเปิดเครื่อง</translation>
    </message>
    <message>
      <source>The database file was not found: {path}. Check that the disk holding it is connected, or restore the latest backup with: kiosk restore BACKUP-FILE</source>
      <translation>ไม่พบไฟล์ฐานข้อมูล: {path} ตรวจดูว่าเสียบดิสก์ที่เก็บไฟล์ไว้แล้ว หรือกู้คืนจากไฟล์สำรองล่าสุดด้วยคำสั่ง: kiosk restore BACKUP-FILE</translation>
    </message>
    <message>
      <source>The database it replaced is kept at {path}.</source>
      <translation>ฐานข้อมูลเดิมเก็บไว้ที่ {path}</translation>
    </message>
    <message>
      <source>The database server has no database {host}. Create it first (see the README: kiosk db init-server).</source>
      <translation>เครื่องฐานข้อมูลยังไม่มีฐานข้อมูล {host} ให้สร้างก่อน (ดู README: kiosk db init-server)</translation>
    </message>
    <message>
      <source>The database server {host} refused the kiosk's user name or password. Put the password in the PGPASSWORD environment variable or in the ~/.pgpass file (readable only by you), never in the URL.</source>
      <translation>เครื่องฐานข้อมูล {host} ไม่รับชื่อผู้ใช้หรือรหัสผ่านของคีออสก์ ให้ใส่รหัสผ่านในตัวแปร PGPASSWORD หรือในไฟล์ ~/.pgpass (ให้อ่านได้เฉพาะเจ้าของ) อย่าใส่ไว้ใน URL</translation>
    </message>
    <message>
      <source>The database server's backup program failed: {detail}. Nothing was changed.</source>
      <translation>โปรแกรมสำรองข้อมูลของเครื่องฐานข้อมูลทำงานไม่สำเร็จ: {detail} ยังไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
      <source>The database {path} is damaged or is not a kiosk database. Do not delete it. Restore the latest backup with: kiosk restore BACKUP-FILE (the damaged file is kept beside it).</source>
      <translation>ฐานข้อมูล {path} เสียหาย หรือไม่ใช่ฐานข้อมูลของคีออสก์ ห้ามลบไฟล์นี้ ให้กู้คืนจากไฟล์สำรองล่าสุดด้วยคำสั่ง: kiosk restore BACKUP-FILE (ไฟล์ที่เสียจะเก็บไว้ข้างกัน)</translation>
    </message>
    <message>
      <source>The database {path} is locked by another program. Close any other kiosk window or program using it, wait a moment, then try again.</source>
      <translation>ฐานข้อมูล {path} มีโปรแกรมอื่นใช้อยู่ ปิดหน้าต่างคีออสก์อื่นหรือโปรแกรมที่เปิดไฟล์นี้ รอสักครู่ แล้วลองใหม่</translation>
    </message>
    <message>
      <source>The database {path} is read-only, so nothing can be saved. Ask whoever looks after this computer to allow writing to the file and its folder, then start the kiosk again.</source>
      <translation>ฐานข้อมูล {path} เป็นแบบอ่านอย่างเดียว จึงบันทึกอะไรไม่ได้ ขอให้ผู้ดูแลเครื่องเปิดสิทธิ์ให้เขียนไฟล์และโฟลเดอร์ได้ แล้วเปิดคีออสก์ใหม่</translation>
    </message>
    <message>
      <source>The database {path} was written by a newer version of the kiosk. Update the kiosk program before using it; nothing was changed.</source>
      <translation>ฐานข้อมูล {path} มาจากคีออสก์รุ่นที่ใหม่กว่า ให้อัปเดตโปรแกรมคีออสก์ก่อนใช้ ยังไม่มีการเปลี่ยนแปลงใดๆ</translation>
    </message>
    <message>
      <source>The database {where} holds real data. Demo data replaces ALL of it.</source>
      <translation>ฐานข้อมูล {where} มีข้อมูลจริงอยู่ ข้อมูลตัวอย่างจะเขียนทับข้อมูลทั้งหมด</translation>
    </message>
    <message>
      <source>The date cannot be in the future.</source>
      <translation>วันที่ต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
      <source>The date is too long ago.</source>
      <translation>วันที่ย้อนหลังนานเกินไป</translation>
    </message>
    <message>
      <source>The day each season starts; crops planned in a season where they do poorly get a warning.</source>
      <translation>วันเริ่มของแต่ละฤดู พืชที่วางแผนปลูกในฤดูที่ไม่งามจะมีคำเตือน</translation>
    </message>
    <message>
      <source>The day has not been opened: open the day first with the cash in the drawer (opening float).</source>
      <translation>ยังไม่ได้เปิดร้านวันนี้: เปิดร้านก่อน พร้อมเงินทอนตั้งต้นในลิ้นชัก</translation>
    </message>
    <message>
      <source>The disk holding {path} is full. Free some space (old receipts, downloads), then try again.</source>
      <translation>ดิสก์ที่เก็บ {path} เต็ม ให้ลบไฟล์ที่ไม่ใช้ (ใบเสร็จเก่า ไฟล์ดาวน์โหลด) แล้วลองใหม่</translation>
    </message>
    <message>
      <source>The disk is full.</source>
      <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
      <source>The folder is {path}</source>
      <translation>โฟลเดอร์อยู่ที่ {path}</translation>
    </message>
    <message>
      <source>The folder {path} cannot be written to.</source>
      <translation>บันทึกลงโฟลเดอร์ {path} ไม่ได้</translation>
    </message>
    <message>
      <source>The folder {path} is not there. Plug in the USB stick, then try again.</source>
      <translation>ไม่พบโฟลเดอร์ {path} ให้เสียบแฟลชไดรฟ์ แล้วลองใหม่</translation>
    </message>
    <message>
      <source>The full national ID of {target} was shown.</source>
      <translation>เปิดดูเลขบัตรประชาชนเต็มของ {target}</translation>
    </message>
    <message>
      <source>The fund began in {began}: there is nothing before it.</source>
      <translation>กองทุนเริ่มเดือน {began} ก่อนหน้านั้นไม่มีข้อมูล</translation>
    </message>
    <message>
      <source>The fund has only {money} available.</source>
      <translation>เงินกองทุนคงเหลือเพียง {money}</translation>
    </message>
    <message>
      <source>The fund owed you, start of month</source>
      <translation>กองทุนค้างจ่ายค่าผักคุณ ต้นเดือน</translation>
    </message>
    <message>
      <source>The fund owes you, end of month</source>
      <translation>กองทุนค้างจ่ายค่าผักคุณ สิ้นเดือน</translation>
    </message>
    <message>
      <source>The fund's books exported by the kiosk</source>
      <translation>บัญชีกองทุนที่ส่งออกจากตู้คีออสก์</translation>
    </message>
    <message>
      <source>The fund's books start on {date}: nothing before it to close.</source>
      <translation>บัญชีกองทุนเริ่มวันที่ {date} ก่อนหน้านั้นไม่มีงวดให้ปิด</translation>
    </message>
    <message>
      <source>The fund's books start on {date}: nothing can be dated before it.</source>
      <translation>บัญชีกองทุนเริ่มวันที่ {date} บันทึกรายการก่อนวันนั้นไม่ได้</translation>
    </message>
    <message>
      <source>The fund's money</source>
      <translation>เงินกองทุน</translation>
    </message>
    <message>
      <source>The fund's money available at the end of each month</source>
      <translation>เงินกองทุนคงเหลือ ณ สิ้นแต่ละเดือน</translation>
    </message>
    <message>
      <source>The fund's own capital.</source>
      <translation>ทุนของกองทุนเอง</translation>
    </message>
    <message>
      <source>The harvest must be more than zero.</source>
      <translation>จำนวนที่เก็บต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>The harvest must come after sowing or planting.</source>
      <translation>วันเก็บผักต้องอยู่หลังวันลงเมล็ดหรือวันย้ายกล้า</translation>
    </message>
    <message>
      <source>The hint is too long.</source>
      <translation>คำใบ้ยาวเกินไป</translation>
    </message>
    <message>
      <source>The hint must not contain the passphrase.</source>
      <translation>คำใบ้ต้องไม่มีรหัสผ่านอยู่ในนั้น</translation>
    </message>
    <message>
      <source>The interest rate cannot be below 0 % per year.</source>
      <translation>อัตราดอกเบี้ยต่อปีต้องไม่ต่ำกว่า 0 %</translation>
    </message>
    <message>
      <source>The interest rate has at most 2 decimals, such as 12.25 % per year.</source>
      <translation>อัตราดอกเบี้ยต่อปีมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง เช่น 12.25 % ต่อปี</translation>
    </message>
    <message>
      <source>The joining date cannot be in the future.</source>
      <translation>วันที่เข้าร่วมต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
      <source>The joining date is too long ago.</source>
      <translation>วันที่เข้าร่วมเก่าเกินไป</translation>
    </message>
    <message>
      <source>The kiosk cannot open its window: this computer lacks system libraries ({names}). Install them with this command, then start the kiosk again:</source>
      <translation>เปิดหน้าจอคีออสก์ไม่ได้ เพราะเครื่องนี้ยังไม่มีไลบรารีของระบบ ({names}) ติดตั้งด้วยคำสั่งนี้ แล้วเปิดคีออสก์ใหม่:</translation>
    </message>
    <message>
      <source>The kiosk cannot show {chars}: please type it without them.</source>
      <translation>เครื่องแสดง {chars} ไม่ได้ พิมพ์ใหม่โดยไม่มีตัวนี้</translation>
    </message>
    <message>
      <source>The kiosk cannot start</source>
      <translation>เปิดโปรแกรมไม่ได้</translation>
    </message>
    <message>
      <source>The kiosk cannot write to {path}. Choose another folder.</source>
      <translation>คีออสก์เขียนลง {path} ไม่ได้ ให้เลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
      <source>The kiosk connects with: --db {url}</source>
      <translation>คีออสก์เชื่อมต่อด้วย: --db {url}</translation>
    </message>
    <message>
      <source>The kiosk may not write there (read-only).</source>
      <translation>เครื่องนี้เขียนข้อมูลที่นั่นไม่ได้ (อ่านได้อย่างเดียว)</translation>
    </message>
    <message>
      <source>The kiosk's database user on {host} may not do this (it owns no tables, by design). Schema upgrades and copies run as the owner: see kiosk db init-server in the README.</source>
      <translation>ผู้ใช้ฐานข้อมูลของคีออสก์ที่ {host} ทำสิ่งนี้ไม่ได้ (ตั้งใจให้ไม่ได้เป็นเจ้าของตาราง) การปรับโครงสร้างและการคัดลอกต้องทำในนามเจ้าของ ดู kiosk db init-server ใน README</translation>
    </message>
    <message>
      <source>The largest PromptPay QR amount must be more than zero.</source>
      <translation>ยอดสูงสุดของคิวอาร์พร้อมเพย์ต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>The last good backup is from {date} {time} ({rows} rows, checked just now): {path}. Restore it? The damaged file is kept beside the database, and sales made after that backup must be entered again.</source>
      <translation>ไฟล์สำรองที่ใช้ได้ล่าสุดคือวันที่ {date} {time} ({rows} แถว เพิ่งตรวจแล้ว): {path} ต้องการกู้คืนหรือไม่? ไฟล์ที่เสียจะเก็บไว้ข้างฐานข้อมูล และยอดขายหลังจากสำรองครั้งนั้นต้องบันทึกใหม่</translation>
    </message>
    <message>
      <source>The last harvest day cannot be before the first.</source>
      <translation>วันเก็บครั้งสุดท้ายต้องไม่ก่อนวันเริ่มเก็บ</translation>
    </message>
    <message>
      <source>The last saved sale is {number}.</source>
      <translation>บิลล่าสุดที่บันทึกแล้วคือ {number}</translation>
    </message>
    <message>
      <source>The loan is owed again as before the write-off.</source>
      <translation>เงินกู้กลับมาค้างชำระเหมือนก่อนตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>The loan is too small for so many instalments.</source>
      <translation>ยอดกู้น้อยเกินไปสำหรับจำนวนงวดนี้</translation>
    </message>
    <message>
      <source>The loan was cancelled.</source>
      <translation>ยกเลิกเงินกู้แล้ว</translation>
    </message>
    <message>
      <source>The loan was rescheduled after this repayment, so the repayment can no longer be reversed.</source>
      <translation>เงินกู้นี้ปรับงวดหลังรับชำระครั้งนี้แล้ว กลับรายการรับชำระนี้ไม่ได้</translation>
    </message>
    <message>
      <source>The loan was written off.</source>
      <translation>ตัดหนี้สูญเงินกู้แล้ว</translation>
    </message>
    <message>
      <source>The money is taken back out of the fund and the loan is owed again as before this repayment.</source>
      <translation>เงินจำนวนนี้ออกจากกองทุน และยอดค้างชำระกลับเป็นเหมือนก่อนรับชำระครั้งนี้</translation>
    </message>
    <message>
      <source>The name customers see in their app before they transfer</source>
      <translation>ชื่อที่ลูกค้าเห็นในแอปก่อนกดโอน</translation>
    </message>
    <message>
      <source>The name is too long.</source>
      <translation>ชื่อยาวเกินไป</translation>
    </message>
    <message>
      <source>The name is too long: at most {n} characters.</source>
      <translation>ชื่อยาวเกินไป ได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
      <source>The name on receipts is too long (at most {max} letters).</source>
      <translation>ชื่อบนใบเสร็จยาวเกินไป (ไม่เกิน {max} ตัวอักษร)</translation>
    </message>
    <message>
      <source>The nickname is too long.</source>
      <translation>ชื่อเล่นยาวเกินไป</translation>
    </message>
    <message>
      <source>The note is too long.</source>
      <translation>หมายเหตุยาวเกินไป เขียนให้สั้นลง</translation>
    </message>
    <message>
      <source>The other terminal is still saving on {host}. Nothing was saved here: wait a moment, then try again.</source>
      <translation>เครื่องอีกเครื่องยังบันทึกอยู่ที่ {host} รายการนี้ยังไม่ได้บันทึก รอสักครู่แล้วลองใหม่</translation>
    </message>
    <message>
      <source>The part of the bed must lie within its {cm} cm.</source>
      <translation>ส่วนที่ปลูกต้องอยู่ในความยาวแปลง {cm} ซม.</translation>
    </message>
    <message>
      <source>The participant is owed only {owed}.</source>
      <translation>สมาชิกมียอดค้างรับเพียง {owed}</translation>
    </message>
    <message>
      <source>The payout is reversed; the loan keeps its number and is marked cancelled.</source>
      <translation>กลับรายการปล่อยกู้ เงินกู้คงเลขที่เดิมและมีสถานะยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>The personal data of {target} was erased.</source>
      <translation>ลบข้อมูลส่วนตัวของ {target} แล้ว</translation>
    </message>
    <message>
      <source>The printer "{name}" is not connected.</source>
      <translation>เครื่องพิมพ์ "{name}" ไม่ได้ต่ออยู่ ดูสายเครื่องพิมพ์ หรือบอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>The printer did not accept the receipt. Is it on and has it paper?</source>
      <translation>เครื่องพิมพ์ไม่รับงาน ดูว่าเครื่องพิมพ์เปิดอยู่และมีกระดาษ</translation>
    </message>
    <message>
      <source>The printer does not report its status.</source>
      <translation>เครื่องพิมพ์นี้ไม่บอกสถานะ</translation>
    </message>
    <message>
      <source>The printer is offline: check that it is on.</source>
      <translation>เครื่องพิมพ์ไม่พร้อม ดูว่าเปิดเครื่องอยู่</translation>
    </message>
    <message>
      <source>The printer is out of paper: put in a new roll.</source>
      <translation>เครื่องพิมพ์กระดาษหมด ใส่กระดาษม้วนใหม่</translation>
    </message>
    <message>
      <source>The printer is ready.</source>
      <translation>เครื่องพิมพ์พร้อม</translation>
    </message>
    <message>
      <source>The printer is ready; its paper is running low.</source>
      <translation>เครื่องพิมพ์พร้อม แต่กระดาษใกล้หมด</translation>
    </message>
    <message>
      <source>The printer reports an error: switch it off and on.</source>
      <translation>เครื่องพิมพ์ขัดข้อง ปิดแล้วเปิดเครื่องพิมพ์ใหม่</translation>
    </message>
    <message>
      <source>The printer stopped answering. The sale is saved: check that the printer is on and has paper, then print again.</source>
      <translation>พิมพ์ไม่ออก แต่ขายเสร็จแล้ว ดูว่าเครื่องพิมพ์เปิดอยู่และมีกระดาษ แล้วกด "พิมพ์อีกครั้ง"</translation>
    </message>
    <message>
      <source>The printer's cover is open: close it.</source>
      <translation>ฝาเครื่องพิมพ์เปิดอยู่ ปิดฝาก่อน</translation>
    </message>
    <message>
      <source>The programme's own accounts cannot be closed.</source>
      <translation>ปิดบัญชีหลักของโครงการไม่ได้</translation>
    </message>
    <message>
      <source>The programme's staff and admins. At the stall other vendors see only your name on the produce you sell, never your money or your loans.</source>
      <translation>เจ้าหน้าที่และผู้ดูแลระบบของโครงการ ที่แผง ผู้ขายคนอื่นเห็นเพียงชื่อของท่านบนผักที่ท่านขาย ไม่เห็นเงินหรือเงินกู้ของท่าน</translation>
    </message>
    <message>
      <source>The quantity must be more than zero.</source>
      <translation>จำนวนต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>The reason is too long.</source>
      <translation>เหตุผลยาวเกินไป เขียนให้สั้นลง</translation>
    </message>
    <message>
      <source>The receipt could not be prepared for printing.</source>
      <translation>เตรียมใบเสร็จไม่ได้ บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>The receipt did not print, but the sale is done.</source>
      <translation>พิมพ์ไม่ออก แต่ขายเสร็จแล้ว</translation>
    </message>
    <message>
      <source>The receipt will not print: {problem}</source>
      <translation>ใบเสร็จจะพิมพ์ไม่ออก: {problem}</translation>
    </message>
    <message>
      <source>The record of this code was altered: its figures do not match its code.</source>
      <translation>ข้อมูลของรหัสนี้มีคนแก้ไข ตัวเลขไม่ตรงกับรหัส แจ้งผู้ดูแลระบบ</translation>
    </message>
    <message>
      <source>The repayment was reversed.</source>
      <translation>กลับรายการรับชำระแล้ว</translation>
    </message>
    <message>
      <source>The restored database does not match the backup. The previous database is kept at {path}.</source>
      <translation>ฐานข้อมูลที่กู้คืนไม่ตรงกับไฟล์สำรอง ฐานข้อมูลเดิมเก็บไว้ที่ {path}</translation>
    </message>
    <message>
      <source>The role of {target} was changed.</source>
      <translation>เปลี่ยนบทบาทของ {target} แล้ว</translation>
    </message>
    <message>
      <source>The scale is overloaded: take some off the pan.</source>
      <translation>ตาชั่งรับน้ำหนักเกิน เอาผักออกบ้าง</translation>
    </message>
    <message>
      <source>The scale is working.</source>
      <translation>ตาชั่งใช้งานได้</translation>
    </message>
    <message>
      <source>The scale on {port} sends nothing the kiosk can read: check that it is on, and its speed and protocol.</source>
      <translation>ตาชั่งที่ช่อง {port} ส่งข้อมูลที่อ่านไม่ได้ ดูว่าตาชั่งเปิดอยู่ และตั้งความเร็วกับรูปแบบข้อมูลถูก</translation>
    </message>
    <message>
      <source>The scale reads below zero: empty the pan and zero the scale.</source>
      <translation>ตาชั่งอ่านค่าติดลบ เอาของออกจากถาด แล้วกดปุ่มศูนย์ที่ตาชั่ง</translation>
    </message>
    <message>
      <source>The scale weighs in {unit}: set it to kilograms (kg).</source>
      <translation>ตาชั่งตั้งหน่วยเป็น {unit} ตั้งให้เป็นกิโลกรัม (กก.)</translation>
    </message>
    <message>
      <source>The scale's port is not valid.</source>
      <translation>ช่องต่อตาชั่งไม่ถูกต้อง</translation>
    </message>
    <message>
      <source>The scale's speed must be one of {speeds}.</source>
      <translation>ความเร็วของตาชั่งต้องเป็นค่าใดค่าหนึ่งใน {speeds}</translation>
    </message>
    <message>
      <source>The schedule shows here when the loan is filled in.</source>
      <translation>ตารางผ่อนจะแสดงที่นี่เมื่อกรอกข้อมูลเงินกู้ครบ</translation>
    </message>
    <message>
      <source>The schema is already up to date ({revisions}).</source>
      <translation>โครงสร้างฐานข้อมูลเป็นรุ่นล่าสุดอยู่แล้ว ({revisions})</translation>
    </message>
    <message>
      <source>The schema was upgraded to this version of the kiosk.</source>
      <translation>ปรับโครงสร้างฐานข้อมูลให้ตรงกับคีออสก์รุ่นนี้แล้ว</translation>
    </message>
    <message>
      <source>The source database {url} is not at this kiosk's schema: run kiosk db upgrade on it first.</source>
      <translation>ฐานข้อมูลต้นทาง {url} ยังไม่ใช่โครงสร้างของคีออสก์รุ่นนี้ ให้สั่ง kiosk db upgrade กับฐานข้อมูลนั้นก่อน</translation>
    </message>
    <message>
      <source>The stall owes this participant {owed} from their sales.</source>
      <translation>ร้านค้างจ่ายสมาชิกคนนี้ {owed} จากยอดขาย</translation>
    </message>
    <message>
      <source>The stall's name is too long (at most 80 letters).</source>
      <translation>ชื่อร้านยาวเกินไป (ไม่เกิน 80 ตัวอักษร)</translation>
    </message>
    <message>
      <source>The system failed and nothing was saved. Tell the administrator.</source>
      <translation>ระบบขัดข้อง บันทึกไม่ได้ แจ้งผู้ดูแลระบบ</translation>
    </message>
    <message>
      <source>The target database {url} already holds data ({tables}); a copy only goes into an empty database. Nothing was copied.</source>
      <translation>ฐานข้อมูลปลายทาง {url} มีข้อมูลอยู่แล้ว ({tables}) คัดลอกได้เฉพาะไปยังฐานข้อมูลว่าง ยังไม่ได้คัดลอกอะไร</translation>
    </message>
    <message>
      <source>The term is 1 to 260 instalments.</source>
      <translation>จำนวนงวดต้องอยู่ระหว่าง 1 ถึง 260</translation>
    </message>
    <message>
      <source>The thermal printer's connection is not valid: {connection}</source>
      <translation>การเชื่อมต่อเครื่องพิมพ์ใบเสร็จไม่ถูกต้อง: {connection}</translation>
    </message>
    <message>
      <source>The timeout must be between 0 and {most} seconds.</source>
      <translation>เวลารอต้องมากกว่า 0 และไม่เกิน {most} วินาที</translation>
    </message>
    <message>
      <source>The two PINs are not the same. Please type them again.</source>
      <translation>รหัสผ่านสองช่องไม่ตรงกัน พิมพ์ใหม่ทั้งสองช่อง</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation>รหัสผ่านสองช่องไม่ตรงกัน กรุณาพิมพ์ให้เหมือนกันทั้งสองช่อง</translation>
    </message>
    <message>
      <source>The weekly schedule is saved as {path}</source>
      <translation>บันทึกตารางงานประจำสัปดาห์ไว้ที่ {path}</translation>
    </message>
    <message>
      <source>The weight is still moving: wait until it is steady.</source>
      <translation>น้ำหนักยังไม่นิ่ง รอสักครู่</translation>
    </message>
    <message>
      <source>The workbook for {month} is saved in {path}.</source>
      <translation>บันทึกสมุดงานของเดือน{month}ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>The write-off was reversed.</source>
      <translation>กลับรายการตัดหนี้สูญแล้ว</translation>
    </message>
    <message>
      <source>The {what} is at most {n} characters ({count} now).</source>
      <translation>{what}ยาวได้ไม่เกิน {n} ตัวอักษร (ตอนนี้ {count})</translation>
    </message>
    <message>
      <source>There is already a bed called {name}.</source>
      <translation>มีแปลงชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
      <source>There is already a crop with that name.</source>
      <translation>มีพืชชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
      <source>There is no backup file at {path}.</source>
      <translation>ไม่พบไฟล์สำรองที่ {path}</translation>
    </message>
    <message>
      <source>There is no open loan.</source>
      <translation>ไม่มีเงินกู้ที่ค้างอยู่</translation>
    </message>
    <message>
      <source>There is no participant {code}.</source>
      <translation>ไม่มีสมาชิกรหัส {code}</translation>
    </message>
    <message>
      <source>There is no sale with number {number}.</source>
      <translation>ไม่พบใบเสร็จเลขที่ {number} ตรวจเลขอีกครั้ง</translation>
    </message>
    <message>
      <source>There is no such PromptPay payment.</source>
      <translation>ไม่พบรายการพร้อมเพย์นี้</translation>
    </message>
    <message>
      <source>There is no such entry.</source>
      <translation>ไม่พบรายการนี้</translation>
    </message>
    <message>
      <source>There is no such line in the cart.</source>
      <translation>ไม่มีรายการนี้ในตะกร้า</translation>
    </message>
    <message>
      <source>There is no such loan.</source>
      <translation>ไม่พบเงินกู้นี้</translation>
    </message>
    <message>
      <source>There is no such product.</source>
      <translation>ไม่มีสินค้านี้ บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>There is no such sale.</source>
      <translation>ไม่พบบิลนี้</translation>
    </message>
    <message>
      <source>Thermal printer (ESC/POS)</source>
      <translation>เครื่องพิมพ์ใบเสร็จ (ESC/POS)</translation>
    </message>
    <message>
      <source>Thermal printer connection</source>
      <translation>การเชื่อมต่อเครื่องพิมพ์ใบเสร็จ</translation>
    </message>
    <message>
      <source>They owe the fund {owed} on {n} loans.</source>
      <translation>ค้างชำระกองทุน {owed} จากเงินกู้ {n} รายการ</translation>
    </message>
    <message>
      <source>This 13-digit ID is not valid: its last digit (checksum) does not match.</source>
      <translation>เลขประจำตัว 13 หลักนี้ไม่ถูกต้อง (หลักสุดท้ายไม่ตรง)</translation>
    </message>
    <message>
      <source>This PDF is not a statement or fund report of this kiosk.</source>
      <translation>ไฟล์ PDF นี้ไม่ใช่ใบแจ้งยอดหรือรายงานกองทุนจากคีออสก์นี้</translation>
    </message>
    <message>
      <source>This account is closed: it takes no new entries.</source>
      <translation>บัญชีนี้ปิดแล้ว บันทึกรายการใหม่ไม่ได้</translation>
    </message>
    <message>
      <source>This action was already recorded with different details.</source>
      <translation>รายการนี้บันทึกไปแล้วด้วยข้อมูลที่ต่างกัน</translation>
    </message>
    <message>
      <source>This backup is locked with a passphrase set on another PC. Type the backup passphrase.</source>
      <translation>ข้อมูลสำรองนี้ล็อกด้วยรหัสผ่านที่ตั้งไว้ในเครื่องอื่น กรุณาพิมพ์รหัสผ่านสำรองข้อมูล</translation>
    </message>
    <message>
      <source>This bed does not exist.</source>
      <translation>ไม่พบแปลงนี้</translation>
    </message>
    <message>
      <source>This check code has a typing mistake: please look at it again.</source>
      <translation>รหัสตรวจสอบพิมพ์ผิด ลองดูรหัสอีกครั้ง</translation>
    </message>
    <message>
      <source>This code was not issued by this kiosk: the paper is not one of ours, or its code was changed.</source>
      <translation>ไม่พบรหัสนี้ในเครื่องนี้ ใบนี้ไม่ได้ออกจากที่นี่ หรือมีคนแก้รหัส</translation>
    </message>
    <message>
      <source>This command changes the data and needs a staff or admin PIN: type it when asked, or give --pin (or KIOSK_PIN) in a script.</source>
      <translation>คำสั่งนี้เปลี่ยนข้อมูล ต้องใช้ PIN ของเจ้าหน้าที่หรือผู้ดูแล ให้พิมพ์เมื่อถูกถาม หรือใส่ --pin (หรือ KIOSK_PIN) ในสคริปต์</translation>
    </message>
    <message>
      <source>This crop does not exist.</source>
      <translation>ไม่พบพืชนี้</translation>
    </message>
    <message>
      <source>This entry belongs to another record: reverse it from there.</source>
      <translation>รายการนี้เป็นของรายการอื่น กลับรายการจากที่นั่น</translation>
    </message>
    <message>
      <source>This entry belongs to bill {ref}: void or refund the bill instead.</source>
      <translation>รายการนี้เป็นของบิล {ref} ยกเลิกบิลหรือคืนเงินแทน</translation>
    </message>
    <message>
      <source>This entry cannot be reversed again.</source>
      <translation>รายการนี้กลับรายการอีกไม่ได้</translation>
    </message>
    <message>
      <source>This entry has already been reversed.</source>
      <translation>รายการนี้กลับรายการไปแล้ว</translation>
    </message>
    <message>
      <source>This entry is a repayment of loan {ref}: reverse it from the loan.</source>
      <translation>รายการนี้เป็นการรับชำระเงินกู้ {ref} กลับรายการจากหน้าเงินกู้</translation>
    </message>
    <message>
      <source>This entry is the write-off of loan {ref}: reverse it from the loan.</source>
      <translation>รายการนี้เป็นการตัดหนี้สูญเงินกู้ {ref} กลับรายการจากหน้าเงินกู้</translation>
    </message>
    <message>
      <source>This file is not a PDF that can be read.</source>
      <translation>ไฟล์นี้ไม่ใช่ PDF ที่เปิดอ่านได้</translation>
    </message>
    <message>
      <source>This is more than the loan balance.</source>
      <translation>จำนวนนี้มากกว่ายอดเงินกู้คงค้าง</translation>
    </message>
    <message>
      <source>This is more than the participant is owed.</source>
      <translation>จำนวนนี้มากกว่ายอดที่ค้างจ่ายสมาชิก</translation>
    </message>
    <message>
      <source>This is the last admin. Make another operator an admin first.</source>
      <translation>นี่คือผู้ดูแลระบบคนสุดท้าย ต้องตั้งผู้ดูแลระบบคนอื่นก่อน</translation>
    </message>
    <message>
      <source>This kiosk has no key to sign papers with. Ask the administrator to run kiosk db upgrade.</source>
      <translation>คีออสก์นี้ยังไม่มีกุญแจสำหรับรับรองเอกสาร แจ้งผู้ดูแลระบบให้ใช้คำสั่ง kiosk db upgrade</translation>
    </message>
    <message>
      <source>This line comes to {amount}: enter a larger quantity.</source>
      <translation>รายการนี้คิดเป็นเงิน {amount} ใส่จำนวนให้มากขึ้น</translation>
    </message>
    <message>
      <source>This loan is closed.</source>
      <translation>เงินกู้นี้ปิดแล้ว</translation>
    </message>
    <message>
      <source>This loan is fully repaid.</source>
      <translation>เงินกู้นี้ชำระครบแล้ว</translation>
    </message>
    <message>
      <source>This loan is {state}.</source>
      <translation>สถานะเงินกู้: {state}</translation>
    </message>
    <message>
      <source>This loan was cancelled.</source>
      <translation>เงินกู้นี้ยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>This loan was written off.</source>
      <translation>เงินกู้นี้ตัดหนี้สูญแล้ว</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>เดือนนี้</translation>
    </message>
    <message>
      <source>This month in short</source>
      <translation>สรุปเดือนนี้</translation>
    </message>
    <message>
      <source>This national ID is not valid: please check every digit.</source>
      <translation>เลขบัตรประชาชนไม่ถูกต้อง ตรวจทีละหลักอีกครั้ง</translation>
    </message>
    <message>
      <source>This operator no longer exists.</source>
      <translation>ไม่พบชื่อผู้ใช้นี้แล้ว บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>This part of the kiosk is being built.</source>
      <translation>ส่วนนี้กำลังจัดทำ</translation>
    </message>
    <message>
      <source>This participant can already sign in.</source>
      <translation>สมาชิกคนนี้เข้าใช้งานได้อยู่แล้ว</translation>
    </message>
    <message>
      <source>This participant does not exist.</source>
      <translation>ไม่พบสมาชิกคนนี้</translation>
    </message>
    <message>
      <source>This participant no longer exists.</source>
      <translation>ไม่พบสมาชิกคนนี้แล้ว บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>This participant's personal data was already erased.</source>
      <translation>ข้อมูลส่วนตัวของสมาชิกคนนี้ถูกลบไปแล้ว</translation>
    </message>
    <message>
      <source>This participant's personal data was erased.</source>
      <translation>ข้อมูลส่วนตัวของสมาชิกคนนี้ถูกลบแล้ว</translation>
    </message>
    <message>
      <source>This planting does not exist.</source>
      <translation>ไม่พบรายการปลูกนี้</translation>
    </message>
    <message>
      <source>This planting failed; nothing to harvest.</source>
      <translation>การปลูกนี้เสียหายแล้ว ไม่มีผักให้เก็บ</translation>
    </message>
    <message>
      <source>This product does not exist.</source>
      <translation>ไม่มีสินค้านี้</translation>
    </message>
    <message>
      <source>This product has no price yet: ask the staff to set one.</source>
      <translation>สินค้านี้ยังไม่มีราคา บอกเจ้าหน้าที่ให้ใส่ราคาก่อน</translation>
    </message>
    <message>
      <source>This product is counted in whole numbers, not weighed.</source>
      <translation>สินค้านี้นับเป็นจำนวนเต็ม ไม่ได้ชั่งน้ำหนัก ใส่ทศนิยมไม่ได้</translation>
    </message>
    <message>
      <source>This product's stock and sales are counted in {unit}: it cannot change between weighed and counted. Add a new product for the other unit.</source>
      <translation>คงเหลือและยอดขายของสินค้านี้นับเป็น{unit} เปลี่ยนระหว่างชั่งน้ำหนักกับนับจำนวนไม่ได้ ให้เพิ่มเป็นสินค้าใหม่แทน</translation>
    </message>
    <message>
      <source>This refund comes to {amount}: there is nothing to give back. Refund a larger quantity.</source>
      <translation>คืนเงินรายการนี้ได้ {amount} ไม่มีเงินให้คืน ใส่จำนวนที่คืนให้มากขึ้น</translation>
    </message>
    <message>
      <source>This repayment has already been reversed.</source>
      <translation>รายการรับชำระนี้กลับรายการไปแล้ว</translation>
    </message>
    <message>
      <source>This repayment was deducted from sales: void or refund the bill instead.</source>
      <translation>รับชำระนี้หักจากเงินขายผัก ยกเลิกบิลหรือคืนเงินแทน</translation>
    </message>
    <message>
      <source>This replaces the database {target} with the backup (a copy of the current one is kept).</source>
      <translation>จะแทนที่ฐานข้อมูล {target} ด้วยไฟล์สำรอง (เก็บสำเนาของฐานข้อมูลปัจจุบันไว้ให้)</translation>
    </message>
    <message>
      <source>This sale product does not exist.</source>
      <translation>ไม่พบสินค้านี้</translation>
    </message>
    <message>
      <source>This sale was already recorded with different lines or payments.</source>
      <translation>บิลนี้บันทึกไว้แล้วแต่รายการหรือการจ่ายเงินไม่ตรงกัน บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>This screen could not open. Please tell the staff.</source>
      <translation>หน้านี้เปิดไม่ได้ บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>This staff member or vendor no longer exists.</source>
      <translation>ไม่พบเจ้าหน้าที่หรือผู้ขายคนนี้แล้ว</translation>
    </message>
    <message>
      <source>This task does not exist.</source>
      <translation>ไม่พบงานนี้</translation>
    </message>
    <message>
      <source>This text is too long: at most {n} characters.</source>
      <translation>ข้อความยาวเกินไป ได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
      <source>This training session does not exist.</source>
      <translation>ไม่พบการอบรมครั้งนี้</translation>
    </message>
    <message>
      <source>This version of the kiosk cannot make PromptPay codes yet.</source>
      <translation>คีออสก์รุ่นนี้ยังสร้างคิวอาร์พร้อมเพย์ไม่ได้</translation>
    </message>
    <message>
      <source>This version of the kiosk has no demo data yet.</source>
      <translation>คีออสก์รุ่นนี้ยังไม่มีข้อมูลตัวอย่าง</translation>
    </message>
    <message>
      <source>This was changed by someone else meanwhile (on another terminal). Nothing was saved: look at it again, then make your change.</source>
      <translation>มีคนอื่นแก้รายการนี้ไปแล้วระหว่างนี้ (จากเครื่องอื่น) รายการนี้ยังไม่ได้บันทึก ให้ดูข้อมูลล่าสุดอีกครั้งแล้วค่อยแก้</translation>
    </message>
    <message>
      <source>Ticked total</source>
      <translation>ยอดที่ติ๊กแล้ว</translation>
    </message>
    <message>
      <source>Ticked: {amount} ({n})</source>
      <translation>ติ๊กแล้ว: {amount} ({n} รายการ)</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>เวลา</translation>
    </message>
    <message>
      <source>Time {time}</source>
      <translation>เวลา {time} น.</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>ลำดับเวลา</translation>
    </message>
    <message>
      <source>To cm</source>
      <translation>ถึง ซม.</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>งานที่ต้องทำ</translation>
    </message>
    <message>
      <source>To pay</source>
      <translation>ยอดที่ต้องจ่าย</translation>
    </message>
    <message>
      <source>To pay you for your produce, to run the participants' fund and its loans, to plan the plot's work and to contact you.</source>
      <translation>เพื่อจ่ายค่าผักให้ท่าน ดูแลกองทุนสมาชิกและเงินกู้ วางแผนงานในแปลง และติดต่อท่าน</translation>
    </message>
    <message>
      <source>To report to the programme's partners. Reports to partners carry totals, never your national ID.</source>
      <translation>เพื่อรายงานต่อผู้สนับสนุนโครงการ รายงานนั้นมีแต่ยอดรวม ไม่มีเลขบัตรประชาชนของท่าน</translation>
    </message>
    <message>
      <source>To the fund</source>
      <translation>หักเข้ากองทุน</translation>
    </message>
    <message>
      <source>To {target}</source>
      <translation>เข้าบัญชี {target}</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>วันนี้</translation>
    </message>
    <message>
      <source>Today has already been closed.</source>
      <translation>วันนี้ปิดร้านไปแล้ว</translation>
    </message>
    <message>
      <source>Today is closed.</source>
      <translation>วันนี้ปิดร้านแล้ว</translation>
    </message>
    <message>
      <source>Today is closed: no more sales or refunds today. If you still need to sell, tell the staff.</source>
      <translation>วันนี้ปิดร้านแล้ว ขายหรือคืนเงินเพิ่มไม่ได้ ถ้ายังต้องขาย บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Today is closed: no more sales today. If you still need to sell, tell the staff.</source>
      <translation>วันนี้ปิดร้านแล้ว ขายเพิ่มไม่ได้ ถ้ายังต้องขาย บอกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Today, {day}</source>
      <translation>วันนี้ {day}</translation>
    </message>
    <message>
      <source>Too many wrong PINs. Try again after {time}, or call the staff.</source>
      <translation>ใส่รหัสผิดหลายครั้ง ลองใหม่ได้หลัง {time} น. หรือเรียกเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>หัวข้อ</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>รวม</translation>
    </message>
    <message>
      <source>Total (difference {diff})</source>
      <translation>รวม (ผลต่าง {diff})</translation>
    </message>
    <message>
      <source>Total {amount}</source>
      <translation>รวม {amount}</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>วิทยากร</translation>
    </message>
    <message>
      <source>Trainer: {name}</source>
      <translation>วิทยากร: {name}</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>อบรม</translation>
    </message>
    <message>
      <source>Training "{target}" on {held_on}: {attendees} came.</source>
      <translation>อบรม "{target}" วันที่ {held_on}: มา {attendees} คน</translation>
    </message>
    <message>
      <source>Training attendances</source>
      <translation>จำนวนคนที่มาอบรม</translation>
    </message>
    <message>
      <source>Training recorded</source>
      <translation>บันทึกการอบรม</translation>
    </message>
    <message>
      <source>Training sessions</source>
      <translation>การอบรม</translation>
    </message>
    <message>
      <source>Training sessions attended</source>
      <translation>การอบรมที่เข้าร่วม</translation>
    </message>
    <message>
      <source>Training sessions held</source>
      <translation>จำนวนครั้งที่จัดอบรม</translation>
    </message>
    <message>
      <source>Training today: {topic} with {trainer}</source>
      <translation>วันนี้มีอบรม: {topic} วิทยากร {trainer}</translation>
    </message>
    <message>
      <source>Training you attended</source>
      <translation>การอบรมที่คุณเข้าร่วม</translation>
    </message>
    <message>
      <source>Training: {topic}</source>
      <translation>อบรม: {topic}</translation>
    </message>
    <message>
      <source>Trial balance</source>
      <translation>งบทดลอง</translation>
    </message>
    <message>
      <source>Trial balance at {day}</source>
      <translation>งบทดลอง ณ วันที่ {day}</translation>
    </message>
    <message>
      <source>Two seasons cannot start on the same day.</source>
      <translation>สองฤดูเริ่มวันเดียวกันไม่ได้</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Type it again</source>
      <translation>พิมพ์อีกครั้ง</translation>
    </message>
    <message>
      <source>Type or scan the code under the QR</source>
      <translation>พิมพ์หรือสแกนรหัสใต้คิวอาร์</translation>
    </message>
    <message>
      <source>Type the amount in baht</source>
      <translation>ใส่จำนวนเงิน (บาท)</translation>
    </message>
    <message>
      <source>Type the amount the vendor tells you.</source>
      <translation>ใส่จำนวนเงินตามที่ผู้ขายบอก</translation>
    </message>
    <message>
      <source>Type the interest rate as a number of percent per year, such as 12.</source>
      <translation>พิมพ์อัตราดอกเบี้ยเป็นตัวเลข % ต่อปี เช่น 12</translation>
    </message>
    <message>
      <source>Type the opening float again.</source>
      <translation>ใส่เงินทอนตั้งต้นอีกครั้ง</translation>
    </message>
    <message>
      <source>Type the weight in {unit}</source>
      <translation>ใส่น้ำหนัก ({unit})</translation>
    </message>
    <message>
      <source>Type {thai} or {english} to go on:</source>
      <translation>พิมพ์ {thai} หรือ {english} เพื่อทำต่อ:</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>คืนค่าเดิม</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>หน่วย</translation>
    </message>
    <message>
      <source>Unknown parity: {parity}</source>
      <translation>ไม่รู้จักค่าพาริตี: {parity}</translation>
    </message>
    <message>
      <source>Unknown scale protocol: {protocol}</source>
      <translation>ไม่รู้จักรูปแบบข้อมูลตาชั่ง: {protocol}</translation>
    </message>
    <message>
      <source>Unpaid</source>
      <translation>ค้างชำระ</translation>
    </message>
    <message>
      <source>Upgrades and copies run as the owner: --db {url}</source>
      <translation>การปรับโครงสร้างและการคัดลอกทำในนามเจ้าของ: --db {url}</translation>
    </message>
    <message>
      <source>Use a point for decimals, such as 0.35.</source>
      <translation>ใช้จุดคั่นทศนิยม เช่น 0.35</translation>
    </message>
    <message>
      <source>Use the scale's weight</source>
      <translation>ใช้น้ำหนักจากตาชั่ง</translation>
    </message>
    <message>
      <source>VOIDED</source>
      <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>VOIDED: {reason}</source>
      <translation>ยกเลิกแล้ว: {reason}</translation>
    </message>
    <message>
      <source>Vendor</source>
      <translation>ผู้ขาย</translation>
    </message>
    <message>
      <source>Vendor (sells, plot tasks)</source>
      <translation>ผู้ขาย (ขายของ งานในแปลง)</translation>
    </message>
    <message>
      <source>Vendor: {name}</source>
      <translation>ผู้ขาย: {name}</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>ตรวจเอกสาร</translation>
    </message>
    <message>
      <source>Void sale</source>
      <translation>ยกเลิกบิล</translation>
    </message>
    <message>
      <source>Void the whole sale (staff PIN)</source>
      <translation>ยกเลิกทั้งบิล (รหัสเจ้าหน้าที่)</translation>
    </message>
    <message>
      <source>Void {number} ({amount})?</source>
      <translation>ยกเลิกบิล {number} ({amount}) ไหม?</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>บิลที่ยกเลิก</translation>
    </message>
    <message>
      <source>Voided {date} {time}</source>
      <translation>ยกเลิกบิล {date} {time}</translation>
    </message>
    <message>
      <source>Voids and refunds</source>
      <translation>ยกเลิกบิลและคืนเงิน</translation>
    </message>
    <message>
      <source>Waiting for the scale…</source>
      <translation>รอตาชั่ง…</translation>
    </message>
    <message>
      <source>Waste</source>
      <translation>ของเสีย</translation>
    </message>
    <message>
      <source>Water</source>
      <translation>รดน้ำ</translation>
    </message>
    <message>
      <source>Weed</source>
      <translation>ถอนหญ้า</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>สัปดาห์</translation>
    </message>
    <message>
      <source>Week {first} to {last}</source>
      <translation>สัปดาห์ {first} ถึง {last}</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>รายสัปดาห์</translation>
    </message>
    <message>
      <source>Weighing scale and customer display</source>
      <translation>ตาชั่งและจอลูกค้า</translation>
    </message>
    <message>
      <source>Weight on the scale</source>
      <translation>น้ำหนักบนตาชั่ง</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
      <source>What</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>ผลที่จะเกิดขึ้น</translation>
    </message>
    <message>
      <source>What we keep about you</source>
      <translation>ข้อมูลของท่านที่เราเก็บ</translation>
    </message>
    <message>
      <source>What you sell at the stall, your commission to the fund, payouts to you, your loans and repayments, your plot tasks and the training you attended.</source>
      <translation>ผักที่ท่านขายที่แผง เงินสมทบเข้ากองทุน เงินที่จ่ายให้ท่าน เงินกู้และการชำระคืน งานในแปลง และการอบรมที่ท่านเข้าร่วม</translation>
    </message>
    <message>
      <source>When</source>
      <translation>เมื่อ</translation>
    </message>
    <message>
      <source>When it says the transfer succeeded, show the vendor that screen.</source>
      <translation>โอนสำเร็จแล้ว ให้ผู้ขายดูหน้าจอนั้น</translation>
    </message>
    <message>
      <source>Who is signing in?</source>
      <translation>ใครจะเข้าใช้งาน?</translation>
    </message>
    <message>
      <source>Who sees it</source>
      <translation>ใครเห็นข้อมูลนี้</translation>
    </message>
    <message>
      <source>Whose produce</source>
      <translation>ผักของใคร</translation>
    </message>
    <message>
      <source>Whose produce is this?</source>
      <translation>ผักนี้เป็นของใคร?</translation>
    </message>
    <message>
      <source>Whose produce: {name}</source>
      <translation>ผักของ: {name}</translation>
    </message>
    <message>
      <source>Whose produce?</source>
      <translation>ผักของใคร?</translation>
    </message>
    <message>
      <source>Whose produce? Tap to choose</source>
      <translation>ผักของใคร กดเพื่อเลือก</translation>
    </message>
    <message>
      <source>Whose?</source>
      <translation>ของใคร</translation>
    </message>
    <message>
      <source>Why did it fail?</source>
      <translation>ทำไมถึงเสียหาย</translation>
    </message>
    <message>
      <source>Why did it fail? (needed)</source>
      <translation>ทำไมถึงเสียหาย (ต้องใส่)</translation>
    </message>
    <message>
      <source>Why we keep it</source>
      <translation>เหตุที่เราเก็บ</translation>
    </message>
    <message>
      <source>Why?</source>
      <translation>เพราะอะไร?</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>ความกว้าง</translation>
    </message>
    <message>
      <source>Wilted</source>
      <translation>เหี่ยว</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>งาน</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>กำลังทำ…</translation>
    </message>
    <message>
      <source>Write off</source>
      <translation>ตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>Write off a loan</source>
      <translation>ตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>Write the date as year-month-day, such as 2569-11-30.</source>
      <translation>เขียนวันที่เป็น ปี-เดือน-วัน เช่น 2569-11-30</translation>
    </message>
    <message>
      <source>Write the month as year-month, such as 2569-11.</source>
      <translation>เขียนเดือนแบบ ปี-เดือน เช่น 2569-11</translation>
    </message>
    <message>
      <source>Write the reason first.</source>
      <translation>เขียนเหตุผลก่อน</translation>
    </message>
    <message>
      <source>Write the reason to reverse this entry.</source>
      <translation>เขียนเหตุผลเพื่อกลับรายการนี้</translation>
    </message>
    <message>
      <source>Write the reason.</source>
      <translation>เขียนเหตุผล</translation>
    </message>
    <message>
      <source>Write what the money is for.</source>
      <translation>เขียนว่าใช้เงินทำอะไร</translation>
    </message>
    <message>
      <source>Write-off</source>
      <translation>ตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>Write-off {number}: {reason}</source>
      <translation>ตัดหนี้สูญ {number}: {reason}</translation>
    </message>
    <message>
      <source>Write-offs</source>
      <translation>ตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>ตัดหนี้สูญแล้ว</translation>
    </message>
    <message>
      <source>Wrong PIN</source>
      <translation>ใส่รหัสผิด</translation>
    </message>
    <message>
      <source>Wrong PIN for {target} (attempt {attempt}).</source>
      <translation>{target} ใส่รหัสผ่านผิด (ครั้งที่ {attempt})</translation>
    </message>
    <message>
      <source>Wrong PIN. 1 try left.</source>
      <translation>รหัสผิด ลองได้อีก 1 ครั้ง</translation>
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation>รหัสผิด ลองได้อีก {n} ครั้ง</translation>
    </message>
    <message>
      <source>Wrong item</source>
      <translation>คิดผิดรายการ</translation>
    </message>
    <message>
      <source>Wrong weight</source>
      <translation>ชั่งผิด</translation>
    </message>
    <message>
      <source>X report (so far)</source>
      <translation>สรุปยอดถึงตอนนี้</translation>
    </message>
    <message>
      <source>Year (B.E.)</source>
      <translation>ปี (พ.ศ.)</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>ใช่</translation>
    </message>
    <message>
      <source>Yes, record it</source>
      <translation>ใช่ บันทึกเลย</translation>
    </message>
    <message>
      <source>Yes, that much</source>
      <translation>ใช่ เท่านี้</translation>
    </message>
    <message>
      <source>Yes, {amount}</source>
      <translation>ใช่ {amount}</translation>
    </message>
    <message>
      <source>You may withdraw your consent at any time, and complain to the Office of the Personal Data Protection Committee (PDPC).</source>
      <translation>ท่านถอนความยินยอมได้ทุกเมื่อ และร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.) ได้</translation>
    </message>
    <message>
      <source>You owe the fund, end of month</source>
      <translation>คุณค้างกองทุน สิ้นเดือน</translation>
    </message>
    <message>
      <source>You owed the fund, start of month</source>
      <translation>คุณค้างกองทุน ต้นเดือน</translation>
    </message>
    <message>
      <source>Your change</source>
      <translation>เงินทอน</translation>
    </message>
    <message>
      <source>Your full national ID only the admin sees, and every look is recorded. Screens, papers and files show it hidden, like x-xxxx-xxxxx-12-3.</source>
      <translation>เลขบัตรประชาชนเต็มของท่าน มีเพียงผู้ดูแลระบบที่เห็นได้ และทุกครั้งที่เปิดดูจะถูกบันทึกไว้ หน้าจอ เอกสาร และไฟล์ จะแสดงแบบปิดบังไว้ เช่น x-xxxx-xxxxx-12-3</translation>
    </message>
    <message>
      <source>Your loans</source>
      <translation>เงินกู้ของคุณ</translation>
    </message>
    <message>
      <source>Your name, nickname, phone number and the day you joined. Your national ID number and your photo only if you choose to give them.</source>
      <translation>ชื่อ ชื่อเล่น เบอร์โทรศัพท์ และวันที่เข้าร่วมโครงการ ส่วนเลขบัตรประชาชนและรูปถ่าย เราเก็บเฉพาะเมื่อท่านเลือกให้เท่านั้น</translation>
    </message>
    <message>
      <source>Your personal details: while you take part. When you leave you may ask us to erase them; we replace your name by a number.</source>
      <translation>ข้อมูลส่วนตัวของท่าน เก็บตลอดเวลาที่ท่านอยู่ในโครงการ เมื่อออกจากโครงการ ท่านขอให้ลบได้ เราจะแทนชื่อของท่านด้วยหมายเลข</translation>
    </message>
    <message>
      <source>Your produce sold</source>
      <translation>ผักของท่านที่ขายได้</translation>
    </message>
    <message>
      <source>Your rights</source>
      <translation>สิทธิของท่าน</translation>
    </message>
    <message>
      <source>Your sales</source>
      <translation>ขายผักได้</translation>
    </message>
    <message>
      <source>Your sales by produce</source>
      <translation>ผักที่คุณขายได้</translation>
    </message>
    <message>
      <source>Your sales by week (baht, days of the month)</source>
      <translation>ยอดขายรายสัปดาห์ (บาท, วันที่ของเดือน)</translation>
    </message>
    <message>
      <source>Your sales this month</source>
      <translation>ขายผักได้เดือนนี้</translation>
    </message>
    <message>
      <source>Z report (day closed)</source>
      <translation>สรุปยอดปิดร้าน</translation>
    </message>
    <message>
      <source>a participant owes the fund only what refunds took back</source>
      <translation>สมาชิกค้างกองทุนได้เฉพาะเงินที่คืนลูกค้าหลังจ่ายค่าผักแล้ว</translation>
    </message>
    <message>
      <source>a participant's personal data (PDPA)</source>
      <translation>ข้อมูลส่วนบุคคลของสมาชิก (PDPA)</translation>
    </message>
    <message>
      <source>a staff or admin PIN (or env KIOSK_PIN; asked for when neither is given)</source>
      <translation>PIN ของเจ้าหน้าที่หรือผู้ดูแล (หรือตัวแปร KIOSK_PIN ถ้าไม่ได้ให้ไว้จะถาม)</translation>
    </message>
    <message>
      <source>about how many sales a trading day has (default {n})</source>
      <translation>จำนวนการขายโดยประมาณต่อวันที่เปิดร้าน (ค่าปกติ {n})</translation>
    </message>
    <message>
      <source>action</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>admin</source>
      <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
      <source>all the kiosk holds about one participant, as PDF and JSON</source>
      <translation>ข้อมูลทั้งหมดที่คีออสก์เก็บเกี่ยวกับสมาชิกหนึ่งคน เป็น PDF และ JSON</translation>
    </message>
    <message>
      <source>also confirm a chain head printed on a Z report, e.g. 1234:a1b2c3d4e5f6</source>
      <translation>ตรวจรหัสตรวจสอบบัญชีที่พิมพ์บนสรุปยอดปิดร้านด้วย เช่น 1234:a1b2c3d4e5f6</translation>
    </message>
    <message>
      <source>also save the QR code as a PNG image</source>
      <translation>บันทึกคิวอาร์โค้ดเป็นรูป PNG ด้วย</translation>
    </message>
    <message>
      <source>amaranth family</source>
      <translation>ตระกูลผักโขม</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>จำนวนเงิน</translation>
    </message>
    <message>
      <source>amount in baht, e.g. 45.50</source>
      <translation>จำนวนเงินเป็นบาท เช่น 45.50</translation>
    </message>
    <message>
      <source>amount lent</source>
      <translation>เงินที่ให้กู้</translation>
    </message>
    <message>
      <source>ask for the login role's password (else KIOSK_DB_PASSWORD, else none)</source>
      <translation>ถามรหัสผ่านของบทบาทที่ใช้เข้าระบบ (ถ้าไม่ถาม ใช้ KIOSK_DB_PASSWORD หรือไม่มีรหัสผ่าน)</translation>
    </message>
    <message>
      <source>asked by</source>
      <translation>ผู้ขอ</translation>
    </message>
    <message>
      <source>at the kiosk</source>
      <translation>ที่คีออสก์</translation>
    </message>
    <message>
      <source>attempt</source>
      <translation>ครั้งที่</translation>
    </message>
    <message>
      <source>backup file, or a folder to put it in</source>
      <translation>ไฟล์สำรอง หรือโฟลเดอร์ที่จะเก็บ</translation>
    </message>
    <message>
      <source>bag</source>
      <translation>ถุง</translation>
    </message>
    <message>
      <source>baht</source>
      <translation>บาท</translation>
    </message>
    <message>
      <source>baht per {unit}</source>
      <translation>บาทต่อ{unit}</translation>
    </message>
    <message>
      <source>balance at the end</source>
      <translation>คงค้างสิ้นเดือน</translation>
    </message>
    <message>
      <source>basil family</source>
      <translation>ตระกูลกะเพรา โหระพา</translation>
    </message>
    <message>
      <source>bean family</source>
      <translation>ตระกูลถั่ว</translation>
    </message>
    <message>
      <source>bed {name}</source>
      <translation>แปลง {name}</translation>
    </message>
    <message>
      <source>bulb</source>
      <translation>หัว</translation>
    </message>
    <message>
      <source>bunch</source>
      <translation>กำ</translation>
    </message>
    <message>
      <source>bundle</source>
      <translation>มัด</translation>
    </message>
    <message>
      <source>cabbage family</source>
      <translation>ตระกูลกะหล่ำ</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
      <source>cas (continuous output) or sics (METTLER TOLEDO)</source>
      <translation>cas (ส่งน้ำหนักต่อเนื่อง) หรือ sics (METTLER TOLEDO)</translation>
    </message>
    <message>
      <source>cash</source>
      <translation>เงินสด</translation>
    </message>
    <message>
      <source>cash + PromptPay</source>
      <translation>เงินสด + พร้อมเพย์</translation>
    </message>
    <message>
      <source>change a price</source>
      <translation>เปลี่ยนราคา</translation>
    </message>
    <message>
      <source>check a printed statement or report against the books</source>
      <translation>ตรวจใบแจ้งยอดหรือรายงานที่พิมพ์แล้วกับบัญชี</translation>
    </message>
    <message>
      <source>check the database and every rule of the books</source>
      <translation>ตรวจฐานข้อมูลและกฎของบัญชีทุกข้อ</translation>
    </message>
    <message>
      <source>chili and eggplant family</source>
      <translation>ตระกูลพริก มะเขือ</translation>
    </message>
    <message>
      <source>close the day</source>
      <translation>ปิดร้าน</translation>
    </message>
    <message>
      <source>cm</source>
      <translation>ซม.</translation>
    </message>
    <message>
      <source>cool season</source>
      <translation>ฤดูหนาว</translation>
    </message>
    <message>
      <source>copy every row into an empty database (SQLite or PostgreSQL)</source>
      <translation>คัดลอกทุกแถวไปยังฐานข้อมูลว่าง (SQLite หรือ PostgreSQL)</translation>
    </message>
    <message>
      <source>coriander family</source>
      <translation>ตระกูลผักชี</translation>
    </message>
    <message>
      <source>create or reset the demo market</source>
      <translation>สร้างหรือรีเซ็ตตลาดตัวอย่าง</translation>
    </message>
    <message>
      <source>create or upgrade the schema</source>
      <translation>สร้างหรือปรับโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
      <source>create the kiosk's database and roles on a PostgreSQL server (least privilege)</source>
      <translation>สร้างฐานข้อมูลและบทบาทของคีออสก์บนเครื่อง PostgreSQL (ให้สิทธิ์น้อยที่สุด)</translation>
    </message>
    <message>
      <source>cutting</source>
      <translation>กิ่งหรือต้นพันธุ์</translation>
    </message>
    <message>
      <source>database URL (default: env KIOSK_DATABASE_URL, else a file in the user data folder)</source>
      <translation>URL ของฐานข้อมูล (ค่าเริ่มต้น: ตัวแปร KIOSK_DATABASE_URL หรือไฟล์ในโฟลเดอร์ข้อมูลผู้ใช้)</translation>
    </message>
    <message>
      <source>database file integrity</source>
      <translation>ไฟล์ฐานข้อมูลสมบูรณ์</translation>
    </message>
    <message>
      <source>database schema commands</source>
      <translation>คำสั่งเกี่ยวกับโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
      <source>database {name}</source>
      <translation>ฐานข้อมูล {name}</translation>
    </message>
    <message>
      <source>days</source>
      <translation>วัน</translation>
    </message>
    <message>
      <source>declining balance</source>
      <translation>ลดต้นลดดอก</translation>
    </message>
    <message>
      <source>discount</source>
      <translation>ส่วนลด</translation>
    </message>
    <message>
      <source>discount {amount}</source>
      <translation>ลด {amount}</translation>
    </message>
    <message>
      <source>do not ask before replacing</source>
      <translation>ไม่ต้องถามก่อนแทนที่</translation>
    </message>
    <message>
      <source>do not ask before wiping real data</source>
      <translation>ไม่ต้องถามก่อนล้างข้อมูลจริง</translation>
    </message>
    <message>
      <source>done</source>
      <translation>เสร็จแล้ว</translation>
    </message>
    <message>
      <source>done by {name}</source>
      <translation>{name} ทำแล้ว</translation>
    </message>
    <message>
      <source>e.g. 20x30</source>
      <translation>เช่น 20x30</translation>
    </message>
    <message>
      <source>e.g. 5100</source>
      <translation>เช่น 5100</translation>
    </message>
    <message>
      <source>e.g. flooded, eaten by snails</source>
      <translation>เช่น น้ำท่วม หอยกิน</translation>
    </message>
    <message>
      <source>e.g. making compost</source>
      <translation>เช่น การทำปุ๋ยหมัก</translation>
    </message>
    <message>
      <source>each product's stock level is the sum of its movements</source>
      <translation>คงเหลือของสินค้าแต่ละรายการเท่ากับผลรวมของการเปลี่ยนแปลงคงเหลือ</translation>
    </message>
    <message>
      <source>each sale's lines and payments add up to its total</source>
      <translation>รายการและการชำระของทุกบิลรวมได้ตรงยอด</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>ว่าง</translation>
    </message>
    <message>
      <source>every day's X/Z report equals the ledger</source>
      <translation>สรุปยอดของทุกวันตรงกับบัญชีแยกประเภท</translation>
    </message>
    <message>
      <source>every harvest is in stock</source>
      <translation>ผักที่เก็บทุกครั้งนับเข้าคงเหลือแล้ว</translation>
    </message>
    <message>
      <source>every journal entry as a Beancount file, with month-end balance checks</source>
      <translation>ทุกรายการบัญชีเป็นไฟล์ Beancount พร้อมตรวจยอดคงเหลือสิ้นเดือน</translation>
    </message>
    <message>
      <source>every sale and refund has exactly its ledger entry</source>
      <translation>ทุกบิลและการคืนเงินมีรายการบัญชีตรงกัน</translation>
    </message>
    <message>
      <source>export the books for Beancount (Fava) or a spreadsheet</source>
      <translation>ส่งออกบัญชีเป็น Beancount (Fava) หรือสเปรดชีต</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>เสียหาย</translation>
    </message>
    <message>
      <source>flat rate</source>
      <translation>ดอกเบี้ยคงที่</translation>
    </message>
    <message>
      <source>folder for the PDFs</source>
      <translation>โฟลเดอร์สำหรับเก็บไฟล์ PDF</translation>
    </message>
    <message>
      <source>for {name}</source>
      <translation>ให้ {name} ทำ</translation>
    </message>
    <message>
      <source>foreign keys</source>
      <translation>ข้อมูลอ้างอิงกันครบ (foreign keys)</translation>
    </message>
    <message>
      <source>from the command line</source>
      <translation>จากบรรทัดคำสั่ง</translation>
    </message>
    <message>
      <source>fruit</source>
      <translation>ลูก</translation>
    </message>
    <message>
      <source>full screen without window frame</source>
      <translation>เต็มจอ ไม่มีกรอบหน้าต่าง</translation>
    </message>
    <message>
      <source>full screen without window frame (kiosk run --kiosk)</source>
      <translation>เต็มจอ ไม่มีกรอบหน้าต่าง (kiosk run --kiosk)</translation>
    </message>
    <message>
      <source>fund</source>
      <translation>หักเข้ากองทุน</translation>
    </message>
    <message>
      <source>give up after this many seconds (default 10)</source>
      <translation>เลิกรอเมื่อครบจำนวนวินาทีนี้ (ค่าเริ่มต้น 10)</translation>
    </message>
    <message>
      <source>gourd family</source>
      <translation>ตระกูลแตง</translation>
    </message>
    <message>
      <source>grass family</source>
      <translation>ตระกูลหญ้า</translation>
    </message>
    <message>
      <source>growing</source>
      <translation>กำลังโต</translation>
    </message>
    <message>
      <source>harvest now</source>
      <translation>เก็บได้แล้ว</translation>
    </message>
    <message>
      <source>harvested so far: {q} {unit}</source>
      <translation>เก็บไปแล้ว {q} {unit}</translation>
    </message>
    <message>
      <source>harvested {q} {unit}</source>
      <translation>เก็บได้ {q} {unit}</translation>
    </message>
    <message>
      <source>harvesting</source>
      <translation>กำลังเก็บผัก</translation>
    </message>
    <message>
      <source>head</source>
      <translation>หัว</translation>
    </message>
    <message>
      <source>heard the notice read aloud and agreed</source>
      <translation>ฟังผู้อ่านประกาศให้ฟังแล้วยินยอม</translation>
    </message>
    <message>
      <source>hot season</source>
      <translation>ฤดูร้อน</translation>
    </message>
    <message>
      <source>how many days to simulate</source>
      <translation>จำนวนวันที่จะจำลอง</translation>
    </message>
    <message>
      <source>inactive</source>
      <translation>ปิดใช้งาน</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>มีเก็บไว้</translation>
    </message>
    <message>
      <source>kg</source>
      <translation>กก.</translation>
    </message>
    <message>
      <source>kiosk db init-server needs a postgresql+psycopg:// URL of the server's administrator, not {url}.</source>
      <translation>kiosk db init-server ต้องใช้ URL แบบ postgresql+psycopg:// ของผู้ดูแลเครื่องฐานข้อมูล ไม่ใช่ {url}</translation>
    </message>
    <message>
      <source>kiosk simulate needs a new, empty database: this one has data in it.</source>
      <translation>kiosk simulate ต้องใช้ฐานข้อมูลใหม่ที่ว่างเปล่า ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว</translation>
    </message>
    <message>
      <source>language of messages (default: th)</source>
      <translation>ภาษาของข้อความ (ค่าเริ่มต้น: th)</translation>
    </message>
    <message>
      <source>late since {day}</source>
      <translation>ค้างตั้งแต่วัน{day}</translation>
    </message>
    <message>
      <source>ledger: a sale's or refund's entry is reversed only by voiding the sale</source>
      <translation>บัญชี: รายการของบิลหรือการคืนเงินกลับรายการได้โดยยกเลิกบิลเท่านั้น</translation>
    </message>
    <message>
      <source>ledger: balance limits hold (fund available, owed, loans)</source>
      <translation>บัญชี: ยอดไม่ต่ำกว่าขีดจำกัด (เงินกองทุน ยอดค้างจ่าย เงินกู้)</translation>
    </message>
    <message>
      <source>ledger: cancelled loans hold nothing</source>
      <translation>บัญชี: เงินกู้ที่ยกเลิกแล้วไม่มียอดค้าง</translation>
    </message>
    <message>
      <source>ledger: cash and bank accounts never below zero</source>
      <translation>บัญชี: เงินสดและเงินฝากธนาคารไม่ติดลบ</translation>
    </message>
    <message>
      <source>ledger: each closed month's balances equal its lines</source>
      <translation>บัญชี: ยอดคงเหลือ ณ สิ้นงวดบัญชีที่ปิดแล้วตรงกับรายการในบัญชี</translation>
    </message>
    <message>
      <source>ledger: every entry sums to zero</source>
      <translation>บัญชี: ทุกรายการบันทึกรวมได้ศูนย์</translation>
    </message>
    <message>
      <source>ledger: loan balances equal the loan sub-accounts</source>
      <translation>บัญชี: ยอดเงินกู้ตรงกับบัญชีย่อยเงินกู้</translation>
    </message>
    <message>
      <source>ledger: no entry before the fund's first day</source>
      <translation>บัญชี: ไม่มีรายการก่อนวันเริ่มกองทุน</translation>
    </message>
    <message>
      <source>ledger: no entry changed after posting (hash chain)</source>
      <translation>บัญชี: ไม่มีรายการที่แก้หลังบันทึก (ห่วงโซ่แฮช)</translation>
    </message>
    <message>
      <source>ledger: no entry in a closed period after its close</source>
      <translation>บัญชี: ไม่มีรายการในงวดบัญชีที่ปิดแล้ว</translation>
    </message>
    <message>
      <source>ledger: trial balance sums to zero and matches the balance cache</source>
      <translation>บัญชี: งบทดลองรวมได้ศูนย์และตรงกับยอดคงเหลือ</translation>
    </message>
    <message>
      <source>lettuce family</source>
      <translation>ตระกูลผักกาดหอม</translation>
    </message>
    <message>
      <source>loan</source>
      <translation>หักชำระเงินกู้</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>ล็อกอยู่</translation>
    </message>
    <message>
      <source>make the monthly statements and the fund report as PDFs</source>
      <translation>ทำใบแจ้งยอดประจำเดือนและรายงานกองทุนเป็นไฟล์ PDF</translation>
    </message>
    <message>
      <source>minutes</source>
      <translation>นาที</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>รายเดือน</translation>
    </message>
    <message>
      <source>morning glory family</source>
      <translation>ตระกูลผักบุ้ง</translation>
    </message>
    <message>
      <source>next due {date}</source>
      <translation>งวดถัดไป {date}</translation>
    </message>
    <message>
      <source>no</source>
      <translation>ไม่ใช่</translation>
    </message>
    <message>
      <source>no guard trigger or foreign key switched off</source>
      <translation>ไม่มีทริกเกอร์ป้องกันหรือ foreign key ถูกปิดไว้</translation>
    </message>
    <message>
      <source>no interest</source>
      <translation>ไม่คิดดอกเบี้ย</translation>
    </message>
    <message>
      <source>no one used the kiosk</source>
      <translation>ไม่มีคนใช้งานนาน</translation>
    </message>
    <message>
      <source>no steady weight came</source>
      <translation>ไม่มีน้ำหนักที่นิ่ง</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ไม่มี</translation>
    </message>
    <message>
      <source>not on sale</source>
      <translation>ไม่ได้วางขาย</translation>
    </message>
    <message>
      <source>not printed; in the books now: {value}</source>
      <translation>ไม่ได้พิมพ์ไว้ ในบัญชีตอนนี้: {value}</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
      <source>note</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>now</source>
      <translation>ใหม่</translation>
    </message>
    <message>
      <source>now from {crop}</source>
      <translation>ตอนนี้ผูกกับ{crop}</translation>
    </message>
    <message>
      <source>one month of the books as a spreadsheet workbook</source>
      <translation>บัญชีหนึ่งเดือนเป็นสมุดงานสเปรดชีต</translation>
    </message>
    <message>
      <source>onion family</source>
      <translation>ตระกูลหอม</translation>
    </message>
    <message>
      <source>only entries up to this day (Buddhist Era or CE)</source>
      <translation>เฉพาะรายการถึงวันนี้ (พ.ศ. หรือ ค.ศ.)</translation>
    </message>
    <message>
      <source>only this participant's statement (code such as P0012)</source>
      <translation>ทำเฉพาะใบของสมาชิกคนนี้ (รหัส เช่น P0012)</translation>
    </message>
    <message>
      <source>open</source>
      <translation>กำลังผ่อน</translation>
    </message>
    <message>
      <source>open the cash drawer</source>
      <translation>เปิดลิ้นชักเก็บเงิน</translation>
    </message>
    <message>
      <source>open the day</source>
      <translation>เปิดร้าน</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>ไม่บังคับ</translation>
    </message>
    <message>
      <source>owes {owed}</source>
      <translation>ค้างชำระ {owed}</translation>
    </message>
    <message>
      <source>owns the tables; nobody logs in as it</source>
      <translation>เป็นเจ้าของตาราง ไม่มีใครเข้าระบบด้วยบทบาทนี้</translation>
    </message>
    <message>
      <source>paid this month</source>
      <translation>ชำระเดือนนี้</translation>
    </message>
    <message>
      <source>part refunded</source>
      <translation>คืนบางส่วน</translation>
    </message>
    <message>
      <source>phone number or 13-digit national or tax ID</source>
      <translation>เบอร์โทรศัพท์ หรือเลขประจำตัวประชาชน/เลขผู้เสียภาษี 13 หลัก</translation>
    </message>
    <message>
      <source>piece</source>
      <translation>ชิ้น</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>วางแผนไว้</translation>
    </message>
    <message>
      <source>plant out</source>
      <translation>ย้ายกล้าลงแปลง</translation>
    </message>
    <message>
      <source>plot beds inside the plot, not overlapping; plantings in order</source>
      <translation>แปลงอยู่ในพื้นที่ ไม่ทับกัน และการปลูกเรียงวันถูกต้อง</translation>
    </message>
    <message>
      <source>pressed sign out</source>
      <translation>กดออกจากระบบ</translation>
    </message>
    <message>
      <source>price changed</source>
      <translation>เปลี่ยนราคา</translation>
    </message>
    <message>
      <source>print a PromptPay QR payload</source>
      <translation>พิมพ์ข้อมูลคิวอาร์พร้อมเพย์</translation>
    </message>
    <message>
      <source>print the next steady weight in kg</source>
      <translation>แสดงน้ำหนักที่นิ่งครั้งถัดไปเป็นกิโลกรัม</translation>
    </message>
    <message>
      <source>privacy: erased participants keep no personal data</source>
      <translation>ความเป็นส่วนตัว: สมาชิกที่ลบข้อมูลแล้วไม่เหลือข้อมูลส่วนตัว</translation>
    </message>
    <message>
      <source>privacy: national IDs are 13 checked digits</source>
      <translation>ความเป็นส่วนตัว: เลขบัตรประชาชนครบ 13 หลักและถูกต้อง</translation>
    </message>
    <message>
      <source>rainy season</source>
      <translation>ฤดูฝน</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <source>receipt numbers are gapless per year</source>
      <translation>เลขที่ใบเสร็จเรียงต่อกันไม่ขาดในแต่ละปี</translation>
    </message>
    <message>
      <source>refund</source>
      <translation>คืนเงิน</translation>
    </message>
    <message>
      <source>refunded {qty}</source>
      <translation>คืนแล้ว {qty}</translation>
    </message>
    <message>
      <source>repaid</source>
      <translation>ชำระครบแล้ว</translation>
    </message>
    <message>
      <source>replace the database by a backup</source>
      <translation>แทนที่ฐานข้อมูลด้วยไฟล์สำรอง</translation>
    </message>
    <message>
      <source>replace the file if it exists</source>
      <translation>เขียนทับไฟล์เดิมถ้ามีอยู่แล้ว</translation>
    </message>
    <message>
      <source>reschedule a loan</source>
      <translation>ปรับตารางผ่อน</translation>
    </message>
    <message>
      <source>role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>role {name}</source>
      <translation>บทบาท {name}</translation>
    </message>
    <message>
      <source>save a checked copy of the database</source>
      <translation>บันทึกสำเนาฐานข้อมูลที่ตรวจแล้ว</translation>
    </message>
    <message>
      <source>scattered</source>
      <translation>หว่าน</translation>
    </message>
    <message>
      <source>schema is up to date</source>
      <translation>โครงสร้างฐานข้อมูลเป็นรุ่นล่าสุด</translation>
    </message>
    <message>
      <source>seed</source>
      <translation>เมล็ด</translation>
    </message>
    <message>
      <source>seedling</source>
      <translation>ต้นกล้า</translation>
    </message>
    <message>
      <source>show the version and the database in use</source>
      <translation>แสดงรุ่นโปรแกรมและฐานข้อมูลที่ใช้อยู่</translation>
    </message>
    <message>
      <source>signed the printed notice</source>
      <translation>ลงชื่อในประกาศที่พิมพ์ออกมา</translation>
    </message>
    <message>
      <source>simulate days of trading through the services, checked by an independent auditor</source>
      <translation>จำลองการค้าขายหลายวันผ่านระบบจริง ตรวจทุกวันโดยผู้ตรวจสอบที่ทำบัญชีแยกของตัวเอง</translation>
    </message>
    <message>
      <source>sold out</source>
      <translation>หมด</translation>
    </message>
    <message>
      <source>sow seed</source>
      <translation>ลงเมล็ด</translation>
    </message>
    <message>
      <source>sown</source>
      <translation>ลงเมล็ดแล้ว</translation>
    </message>
    <message>
      <source>staff</source>
      <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
      <source>start the kiosk (the default)</source>
      <translation>เปิดคีออสก์ (ค่าเริ่มต้น)</translation>
    </message>
    <message>
      <source>statements: every paper issued still matches its check code</source>
      <translation>ใบแจ้งยอด: เอกสารที่ออกไปแล้วทุกใบยังตรงกับรหัสตรวจสอบ</translation>
    </message>
    <message>
      <source>stock movements refer to known products and reasons</source>
      <translation>การเปลี่ยนแปลงคงเหลืออ้างถึงสินค้าและเหตุผลที่มีอยู่จริง</translation>
    </message>
    <message>
      <source>tap a name to tick who came</source>
      <translation>กดชื่อเพื่อติ๊กคนที่มา</translation>
    </message>
    <message>
      <source>the PDF, or the check code printed under its QR</source>
      <translation>ไฟล์ PDF หรือรหัสตรวจสอบที่พิมพ์ใต้คิวอาร์</translation>
    </message>
    <message>
      <source>the backup file</source>
      <translation>ไฟล์สำรอง</translation>
    </message>
    <message>
      <source>the backup folder {path} is not there. Is the USB stick plugged in? Plug it in and back up from Settings.</source>
      <translation>ไม่พบโฟลเดอร์สำรองข้อมูล {path} เสียบแฟลชไดรฟ์หรือยัง? เสียบแล้วสำรองข้อมูลจากหน้าตั้งค่า</translation>
    </message>
    <message>
      <source>the database can be opened</source>
      <translation>เปิดฐานข้อมูลได้</translation>
    </message>
    <message>
      <source>the file to write</source>
      <translation>ไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
      <source>the file to write (FILE.pdf and FILE.json)</source>
      <translation>ไฟล์ที่จะบันทึก (FILE.pdf และ FILE.json)</translation>
    </message>
    <message>
      <source>the first day (default {day})</source>
      <translation>วันแรก (ค่าปกติ {day})</translation>
    </message>
    <message>
      <source>the kiosk's login role</source>
      <translation>บทบาทที่คีออสก์ใช้เข้าระบบ</translation>
    </message>
    <message>
      <source>the month, Buddhist Era or CE: 2569-11 or 2026-11</source>
      <translation>เดือน แบบพุทธศักราชหรือคริสต์ศักราช: 2569-11 หรือ 2026-11</translation>
    </message>
    <message>
      <source>the participant's code, e.g. P0012</source>
      <translation>รหัสสมาชิก เช่น P0012</translation>
    </message>
    <message>
      <source>the printed chain head {head} is in the ledger</source>
      <translation>รหัสตรวจสอบ {head} ที่พิมพ์ไว้ยังอยู่ในบัญชี</translation>
    </message>
    <message>
      <source>the seed: the same seed gives the same days</source>
      <translation>ค่าเริ่มสุ่ม: ค่าเดียวกันได้วันที่เหมือนเดิมทุกครั้ง</translation>
    </message>
    <message>
      <source>the serial port, e.g. /dev/ttyUSB0 or COM3</source>
      <translation>ช่องต่ออนุกรม เช่น /dev/ttyUSB0 หรือ COM3</translation>
    </message>
    <message>
      <source>the server's administrator, e.g. postgresql+psycopg://postgres@/postgres?host=/var/run/postgresql</source>
      <translation>ผู้ดูแลเครื่องฐานข้อมูล เช่น postgresql+psycopg://postgres@/postgres?host=/var/run/postgresql</translation>
    </message>
    <message>
      <source>the speed in baud (default 9600)</source>
      <translation>ความเร็วเป็นบอด (ค่าเริ่มต้น 9600)</translation>
    </message>
    <message>
      <source>this database is not a file on this computer.</source>
      <translation>ฐานข้อมูลนี้ไม่ใช่ไฟล์ในเครื่องนี้</translation>
    </message>
    <message>
      <source>topic</source>
      <translation>หัวข้อ</translation>
    </message>
    <message>
      <source>trainer</source>
      <translation>วิทยากร</translation>
    </message>
    <message>
      <source>trainer {name}</source>
      <translation>วิทยากร {name}</translation>
    </message>
    <message>
      <source>try the weighing scale</source>
      <translation>ลองตาชั่ง</translation>
    </message>
    <message>
      <source>until</source>
      <translation>จนถึง</translation>
    </message>
    <message>
      <source>vendor</source>
      <translation>ผู้ขาย</translation>
    </message>
    <message>
      <source>void a sale</source>
      <translation>ยกเลิกบิล</translation>
    </message>
    <message>
      <source>was</source>
      <translation>เดิม</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>รายสัปดาห์</translation>
    </message>
    <message>
      <source>write off a loan</source>
      <translation>ตัดหนี้สูญ</translation>
    </message>
    <message>
      <source>written off</source>
      <translation>ตัดหนี้สูญแล้ว</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ใช่</translation>
    </message>
    <message>
      <source>{amount} baht note</source>
      <translation>แบงก์ {amount} บาท</translation>
    </message>
    <message>
      <source>{amount} baht on {day}</source>
      <translation>{amount} บาท วันที่ {day}</translation>
    </message>
    <message>
      <source>{amount} counted? That is more than usual.</source>
      <translation>นับเงินได้ {amount} ใช่ไหม? มากกว่าปกติ</translation>
    </message>
    <message>
      <source>{amount} is more than the most the kiosk takes here ({most}). Please check the amount.</source>
      <translation>{amount} มากกว่ายอดสูงสุดที่รับได้ ({most}) ตรวจจำนวนเงินอีกครั้ง</translation>
    </message>
    <message>
      <source>{code} {name}: balance {balance}</source>
      <translation>{code} {name}: คงเหลือ {balance}</translation>
    </message>
    <message>
      <source>{code} · Personal data export</source>
      <translation>{code} · สำเนาข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
      <source>{count} tasks added ({target}) from {first}.</source>
      <translation>เพิ่มงาน {count} รายการ ({target}) เริ่ม {first}</translation>
    </message>
    <message>
      <source>{crop} ({family}) left this bed on {end}: the same family should rest {days} days.</source>
      <translation>{crop} ({family}) เพิ่งออกจากแปลงนี้เมื่อ {end} พืชตระกูลเดียวกันควรเว้น {days} วัน</translation>
    </message>
    <message>
      <source>{crop} already grows in this part of the bed from {start} to {end}.</source>
      <translation>มี{crop}ปลูกอยู่ในส่วนนี้ของแปลงตั้งแต่ {start} ถึง {end}</translation>
    </message>
    <message>
      <source>{crop} does poorly in the {season}.</source>
      <translation>{crop}ไม่ค่อยงามใน{season}</translation>
    </message>
    <message>
      <source>{days} days from {first} to {last} (seed {seed}): {sales} sales, {lines} sale lines, in {minutes:.1f} minutes; the auditor agreed after every day.</source>
      <translation>{days} วัน ตั้งแต่ {first} ถึง {last} (ค่าเริ่มสุ่ม {seed}): ขาย {sales} ครั้ง {lines} รายการ ใช้เวลา {minutes:.1f} นาที ผู้ตรวจสอบได้ตัวเลขตรงกับคีออสก์ทุกวัน</translation>
    </message>
    <message>
      <source>{day} has not come yet.</source>
      <translation>ยังไม่ถึงวันที่ {day}</translation>
    </message>
    <message>
      <source>{done}/{total} tasks</source>
      <translation>งาน {done}/{total}</translation>
    </message>
    <message>
      <source>{entries} entries, {accounts} accounts and {assertions} balance checks saved in {path}.</source>
      <translation>บันทึกรายการบัญชี {entries} รายการ บัญชี {accounts} บัญชี และการตรวจยอดคงเหลือ {assertions} จุด ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
      <source>{failed} of {total} checks failed.</source>
      <translation>ไม่ผ่าน {failed} จาก {total} รายการตรวจ</translation>
    </message>
    <message>
      <source>{family}: the rest is a whole number of days.</source>
      <translation>{family}: ใส่จำนวนวันพักเป็นจำนวนเต็ม</translation>
    </message>
    <message>
      <source>{family}: the rest is between 0 and {most} days.</source>
      <translation>{family}: วันพักต้องอยู่ระหว่าง 0 ถึง {most} วัน</translation>
    </message>
    <message>
      <source>{field}: a percentage is between 0 and 100.</source>
      <translation>{field}: เปอร์เซ็นต์ต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
    <message>
      <source>{field}: enter a percentage such as 10 or 12.5.</source>
      <translation>{field}: ใส่เป็นเปอร์เซ็นต์ เช่น 10 หรือ 12.5</translation>
    </message>
    <message>
      <source>{figure}: printed {printed}, now {now}</source>
      <translation>{figure}: ในใบ {printed} ตอนนี้ {now}</translation>
    </message>
    <message>
      <source>{first} to {last}</source>
      <translation>{first} ถึง {last}</translation>
    </message>
    <message>
      <source>{length} x {width} cm at ({x}, {y})</source>
      <translation>{length} x {width} ซม. ที่ตำแหน่ง ({x}, {y})</translation>
    </message>
    <message>
      <source>{length} x {width} m, ticks every metre</source>
      <translation>{length} x {width} เมตร ขีดละ 1 เมตร</translation>
    </message>
    <message>
      <source>{method} {rate}% a year</source>
      <translation>{method} {rate}% ต่อปี</translation>
    </message>
    <message>
      <source>{month} has not come yet.</source>
      <translation>ยังไม่ถึงเดือน {month}</translation>
    </message>
    <message>
      <source>{month} is closed.</source>
      <translation>ปิดงวดบัญชีเดือน{month}แล้ว</translation>
    </message>
    <message>
      <source>{month}: {n} statements ({quiet} with no activity), {fund} fund report, saved in {path}.</source>
      <translation>{month}: ใบแจ้งยอด {n} ใบ (ไม่มีรายการ {quiet} ใบ) รายงานกองทุน {fund} ฉบับ บันทึกไว้ที่ {path}</translation>
    </message>
    <message>
      <source>{name} (left)</source>
      <translation>{name} (ออกแล้ว)</translation>
    </message>
    <message>
      <source>{name} (not connected)</source>
      <translation>{name} (ไม่ได้ต่ออยู่)</translation>
    </message>
    <message>
      <source>{name} came</source>
      <translation>{name} มา</translation>
    </message>
    <message>
      <source>{name}: {level} {unit} in stock</source>
      <translation>{name} คงเหลือ {level} {unit}</translation>
    </message>
    <message>
      <source>{number} is voided: nothing is left to void or refund.</source>
      <translation>บิล {number} ยกเลิกแล้ว ไม่มีอะไรให้ยกเลิกหรือคืนเงินอีก</translation>
    </message>
    <message>
      <source>{number} {name} (owes {owed})</source>
      <translation>{number} {name} (ค้างชำระ {owed})</translation>
    </message>
    <message>
      <source>{number} {name}: {principal} lent on {date}</source>
      <translation>{number} {name}: ปล่อยกู้ {principal} เมื่อ {date}</translation>
    </message>
    <message>
      <source>{n} came</source>
      <translation>มา {n} คน</translation>
    </message>
    <message>
      <source>{n} d to harvest</source>
      <translation>อีก {n} วันถึงจะเก็บได้</translation>
    </message>
    <message>
      <source>{n} days late</source>
      <translation>เกินกำหนด {n} วัน</translation>
    </message>
    <message>
      <source>{n} days left to harvest</source>
      <translation>ยังเก็บได้อีก {n} วัน</translation>
    </message>
    <message>
      <source>{n} days past due</source>
      <translation>ค้างชำระ {n} วัน</translation>
    </message>
    <message>
      <source>{n} digits entered</source>
      <translation>ใส่ตัวเลขแล้ว {n} ตัว</translation>
    </message>
    <message>
      <source>{n} lines</source>
      <translation>{n} รายการ</translation>
    </message>
    <message>
      <source>{n} statements sent to the printer.</source>
      <translation>ส่งใบแจ้งยอด {n} ใบไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
      <source>{n} statements, the fund report and one file of all of them saved in {path}.</source>
      <translation>บันทึกใบแจ้งยอด {n} ใบ รายงานกองทุน และไฟล์รวมทุกใบไว้ที่ {path}</translation>
    </message>
    <message>
      <source>{n} tries left.</source>
      <translation>ลองได้อีก {n} ครั้ง</translation>
    </message>
    <message>
      <source>{path} already exists. Choose another name, or replace it (--force).</source>
      <translation>มีไฟล์ {path} อยู่แล้ว เลือกชื่ออื่น หรือเขียนทับ (--force)</translation>
    </message>
    <message>
      <source>{path} already exists. Replace it?</source>
      <translation>มีไฟล์ {path} อยู่แล้ว เขียนทับไหม?</translation>
    </message>
    <message>
      <source>{path} is a backup of a database server; it can only be restored onto a PostgreSQL database (--db postgresql+psycopg://...). Nothing was changed.</source>
      <translation>{path} เป็นไฟล์สำรองของเครื่องฐานข้อมูล กู้คืนได้เฉพาะลงฐานข้อมูล PostgreSQL (--db postgresql+psycopg://...) ยังไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder.</source>
      <translation>{path} เป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} เป็นโฟลเดอร์ ใส่ชื่อไฟล์ด้วย</translation>
    </message>
    <message>
      <source>{path} is not a backup of a database server. A SQLite backup goes onto the server with: kiosk db copy sqlite:///FILE URL. Nothing was changed.</source>
      <translation>{path} ไม่ใช่ไฟล์สำรองของเครื่องฐานข้อมูล ไฟล์สำรอง SQLite ให้นำขึ้นเครื่องฐานข้อมูลด้วยคำสั่ง: kiosk db copy sqlite:///FILE URL ยังไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
      <source>{path} is not a kiosk backup (it has no schema version).</source>
      <translation>{path} ไม่ใช่ไฟล์สำรองของคีออสก์ (ไม่มีรุ่นโครงสร้างฐานข้อมูล)</translation>
    </message>
    <message>
      <source>{path} is not a kiosk backup (not a SQLite database file).</source>
      <translation>{path} ไม่ใช่ไฟล์สำรองของคีออสก์ (ไม่ใช่ไฟล์ฐานข้อมูล SQLite)</translation>
    </message>
    <message>
      <source>{problem} The sale is saved: print the receipt again after.</source>
      <translation>{problem} ขายเสร็จแล้ว แก้แล้วกด "พิมพ์อีกครั้ง"</translation>
    </message>
    <message>
      <source>{qty} {unit} is a lot. Is that right?</source>
      <translation>{qty} {unit} มากนะ ถูกต้องไหม?</translation>
    </message>
    <message>
      <source>{qty} {unit} x {price}</source>
      <translation>{qty} {unit} x {price}</translation>
    </message>
    <message>
      <source>{rate} % per year is too high: the interest rate is at most 100 % per year.</source>
      <translation>{rate} % ต่อปีสูงเกินไป อัตราดอกเบี้ยได้ไม่เกิน 100 % ต่อปี</translation>
    </message>
    <message>
      <source>{season} starts on</source>
      <translation>{season}เริ่มวันที่</translation>
    </message>
    <message>
      <source>{target} added as {role}.</source>
      <translation>เพิ่ม {target} เป็น{role}</translation>
    </message>
    <message>
      <source>{target} is locked out until {until}.</source>
      <translation>{target} ล็อกชั่วคราวถึง {until}</translation>
    </message>
    <message>
      <source>{target} may no longer sign in.</source>
      <translation>{target} เข้าใช้งานไม่ได้แล้ว</translation>
    </message>
    <message>
      <source>{target} may sign in again.</source>
      <translation>{target} เข้าใช้งานได้อีกครั้ง</translation>
    </message>
    <message>
      <source>{target} signed in.</source>
      <translation>{target} เข้าใช้งาน</translation>
    </message>
    <message>
      <source>{target} signed out ({reason}).</source>
      <translation>{target} ออกจากระบบ ({reason})</translation>
    </message>
    <message>
      <source>{what} must be a whole number of centimetres.</source>
      <translation>{what}ต้องเป็นจำนวนเต็ม (ซม.)</translation>
    </message>
    <message>
      <source>… and {n} more lines</source>
      <translation>… และอีก {n} รายการ</translation>
    </message>
    <message>
      <source>⚠ Last backup {days} days ago</source>
      <translation>⚠ สำรองข้อมูลล่าสุด {days} วันก่อน</translation>
    </message>
    <message>
      <source>⚠ No backup yet</source>
      <translation>⚠ ยังไม่ได้สำรองข้อมูล</translation>
    </message>
  </context>
</TS>
