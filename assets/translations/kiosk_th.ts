<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
  <context>
    <name>QCoreApplication</name>
    <message>
      <source>'{text}' is not a quantity.</source>
      <translation>'{text}' ไม่ใช่จำนวนที่ถูกต้อง</translation>
    </message>
    <message>
      <source>'{text}' is not an amount of baht.</source>
      <translation>'{text}' ไม่ใช่จำนวนเงินที่ถูกต้อง</translation>
    </message>
    <message>
      <source>A PIN has 4 to 6 digits.</source>
      <translation>รหัส PIN ต้องเป็นตัวเลข 4 ถึง 6 หลัก</translation>
    </message>
    <message>
      <source>A discount must be less than the line's amount.</source>
      <translation>ส่วนลดต้องน้อยกว่ายอดของรายการ</translation>
    </message>
    <message>
      <source>A price must be more than zero.</source>
      <translation>ราคาต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>A quantity has at most 3 digits after the point.</source>
      <translation>จำนวนมีทศนิยมได้ไม่เกิน 3 ตำแหน่ง</translation>
    </message>
    <message>
      <source>An amount has at most 2 digits after the point (satang).</source>
      <translation>จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)</translation>
    </message>
    <message>
      <source>Fund</source>
      <translation>กองทุน</translation>
    </message>
    <message>
      <source>Please enter a name.</source>
      <translation>กรุณาใส่ชื่อ</translation>
    </message>
    <message>
      <source>Please enter a quantity.</source>
      <translation>กรุณาใส่จำนวน</translation>
    </message>
    <message>
      <source>Please enter an amount.</source>
      <translation>กรุณาใส่จำนวนเงิน</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>แปลงผัก</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>รายงาน</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>ขายสินค้า</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>ตั้งค่า</translation>
    </message>
    <message>
      <source>That is not a staff PIN.</source>
      <translation>รหัสนี้ไม่ใช่รหัสของเจ้าหน้าที่</translation>
    </message>
    <message>
      <source>That quantity is too large.</source>
      <translation>จำนวนมากเกินไป</translation>
    </message>
    <message>
      <source>The amount cannot be negative.</source>
      <translation>จำนวนเงินติดลบไม่ได้</translation>
    </message>
    <message>
      <source>The amount is too large.</source>
      <translation>จำนวนเงินมากเกินไป</translation>
    </message>
    <message>
      <source>The quantity must be more than zero.</source>
      <translation>จำนวนต้องมากกว่าศูนย์</translation>
    </message>
    <message>
      <source>This operator no longer exists.</source>
      <translation>ไม่พบผู้ใช้นี้แล้ว</translation>
    </message>
    <message>
      <source>This part of the kiosk is being built.</source>
      <translation>ส่วนนี้กำลังจัดทำ</translation>
    </message>
    <message>
      <source>This product has no price yet.</source>
      <translation>สินค้านี้ยังไม่มีราคา</translation>
    </message>
    <message>
      <source>This product is sold by the piece: whole numbers only.</source>
      <translation>สินค้านี้ขายเป็นชิ้น ใส่ได้เฉพาะจำนวนเต็ม</translation>
    </message>
    <message>
      <source>Too many wrong PINs. Try again after {time}.</source>
      <translation>ใส่รหัสผิดหลายครั้งเกินไป ลองใหม่หลังเวลา {time} น.</translation>
    </message>
    <message>
      <source>Wrong PIN. {n} tries left.</source>
      <translation>รหัสไม่ถูกต้อง เหลืออีก {n} ครั้ง</translation>
    </message>
  </context>
</TS>
