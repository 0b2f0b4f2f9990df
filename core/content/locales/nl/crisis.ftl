# Labels voor de standaard crisisnummers. Nummers volgen de landinstelling, nooit de taal:
# 113 is in Noorwegen het medische alarmnummer en in Nederland de zelfmoordpreventielijn.

crisis-heading = Nu hulp
crisis-call = Bel { $number }
crisis-no-113 = Medische noodhulp: als het dringend is en er levensgevaar kan zijn
crisis-no-legevakt = Dokter buiten kantoortijd (legevakt), als hulp niet kan wachten
crisis-no-mental-helse = Hulplijn van Mental Helse: iemand om mee te praten, dag en nacht
crisis-no-kirkens-sos = Crisislijn Kirkens SOS: dag en nacht, anoniem
crisis-nl-112 = Alarmnummer: ambulance, politie, brandweer
crisis-nl-113 = 113 Zelfmoordpreventie: praat over gedachten aan zelfmoord, dag en nacht
crisis-nl-0800-0113 = 113 Zelfmoordpreventie, gratis nummer
crisis-other-112 = Alarmnummer in Europa
crisis-other-add-local = Voeg de crisisnummers toe van waar je woont, zoals je huisartsenpost of een crisisdienst.
crisis-add-local = Je kunt ook lokale nummers toevoegen, zoals de crisisdienst van je ggz-instelling.
