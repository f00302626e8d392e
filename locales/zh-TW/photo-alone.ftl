# A photo sent with no words, outside a report.
photo-alone = 📷 收到照片。要反映問題請發 /report，然後再傳一次這張照片作為證據；要問問題，請用文字寫下來。
