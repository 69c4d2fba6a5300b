//! Reference data for the sandbox's demo seed: real Thai ministries, departments and citizen services (the provinces are `citizeninfo_api::provinces`).

/// A category of citizen process, as the back office names it.
pub(crate) struct Category {
    /// Thai name of the category.
    pub name_th: &'static str,
    /// English name of the category.
    #[allow(
        dead_code,
        reason = "the English name is data for English views, not served yet"
    )]
    pub name_en: &'static str,
}

/// Index of "อนุญาต/ออกใบอนุญาต/รับรอง" in CATEGORIES.
const PERMIT: usize = 0;
/// Index of "จดทะเบียน" in CATEGORIES.
const REGISTRATION: usize = 1;
/// Index of "แจ้ง" in CATEGORIES.
const NOTIFICATION: usize = 2;
/// Index of "ขึ้นทะเบียน" in CATEGORIES.
const ENROLMENT: usize = 3;
/// Index of "ขอรับบริการ/ขอความช่วยเหลือ" in CATEGORIES.
const SERVICE: usize = 4;
/// Index of "ชำระภาษี/ค่าธรรมเนียม" in CATEGORIES.
const PAYMENT: usize = 5;
/// Index of "ขอข้อมูล/คัดสำเนา" in CATEGORIES.
const INFORMATION: usize = 6;
/// Index of "อุทธรณ์/ร้องเรียน" in CATEGORIES.
const APPEAL: usize = 7;
/// Index of "ต่ออายุ/เปลี่ยนแปลงรายการ" in CATEGORIES.
const RENEWAL: usize = 8;
/// Index of "อื่นๆ" in CATEGORIES.
const OTHER: usize = 9;

/// The categories of citizen processes; the `category` field of a process indexes this slice.
pub(crate) const CATEGORIES: &[Category] = &[
    Category {
        name_th: "อนุญาต/ออกใบอนุญาต/รับรอง",
        name_en: "Permit / licence / certification",
    },
    Category {
        name_th: "จดทะเบียน",
        name_en: "Registration",
    },
    Category {
        name_th: "แจ้ง",
        name_en: "Notification",
    },
    Category {
        name_th: "ขึ้นทะเบียน",
        name_en: "Enrolment",
    },
    Category {
        name_th: "ขอรับบริการ/ขอความช่วยเหลือ",
        name_en: "Service / assistance request",
    },
    Category {
        name_th: "ชำระภาษี/ค่าธรรมเนียม",
        name_en: "Tax / fee payment",
    },
    Category {
        name_th: "ขอข้อมูล/คัดสำเนา",
        name_en: "Information / copies",
    },
    Category {
        name_th: "อุทธรณ์/ร้องเรียน",
        name_en: "Appeal / complaint",
    },
    Category {
        name_th: "ต่ออายุ/เปลี่ยนแปลงรายการ",
        name_en: "Renewal / amendment",
    },
    Category {
        name_th: "อื่นๆ",
        name_en: "Other",
    },
];

/// One real citizen service (process) of a department; `category` indexes CATEGORIES.
pub(crate) struct ProcessSeed {
    /// Thai name of the process, as published in the citizen manual.
    pub name_th: &'static str,
    /// English name of the process.
    pub name_en: &'static str,
    /// Index into CATEGORIES.
    pub category: usize,
}

/// Builds a process entry (keeps the tables below compact).
const fn p(name_th: &'static str, name_en: &'static str, category: usize) -> ProcessSeed {
    ProcessSeed {
        name_th,
        name_en,
        category,
    }
}

/// A real department (กรม or equivalent) with the processes it serves.
pub(crate) struct DepartmentSeed {
    /// Official Thai name of the department.
    pub name_th: &'static str,
    /// Official English name of the department.
    pub name_en: &'static str,
    /// Citizen processes the department provides.
    pub processes: &'static [ProcessSeed],
}

/// A real ministry (กระทรวง) with its departments.
pub(crate) struct MinistrySeed {
    /// Official Thai name of the ministry.
    pub name_th: &'static str,
    /// Official English name of the ministry.
    pub name_en: &'static str,
    /// Departments (or equivalent agencies) of the ministry.
    pub departments: &'static [DepartmentSeed],
}

/// The ministries, in the government's usual order, each with real departments and their citizen processes.
pub(crate) const MINISTRIES: &[MinistrySeed] = &[
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "สำนักนายกรัฐมนตรี",
        name_en: "Office of the Prime Minister",
        departments: &[
            DepartmentSeed {
                name_th: "สำนักงานปลัดสำนักนายกรัฐมนตรี",
                name_en: "Office of the Permanent Secretary, Office of the Prime Minister",
                processes: &[
                    p(
                        "การยื่นเรื่องร้องเรียน/ร้องทุกข์ ผ่านศูนย์บริการประชาชน สำนักนายกรัฐมนตรี (สายด่วน 1111)",
                        "Filing a complaint or grievance through the Public Service Center, Office of the Prime Minister (hotline 1111)",
                        APPEAL,
                    ),
                    p(
                        "การขอตรวจดูข้อมูลข่าวสารของราชการ",
                        "Request to inspect official information",
                        INFORMATION,
                    ),
                    p(
                        "การขอสำเนาข้อมูลข่าวสารของราชการพร้อมคำรับรองความถูกต้อง",
                        "Request for certified copies of official information",
                        INFORMATION,
                    ),
                    p(
                        "การอุทธรณ์คำสั่งมิให้เปิดเผยข้อมูลข่าวสารของราชการ",
                        "Appeal against an order not to disclose official information",
                        APPEAL,
                    ),
                    p(
                        "การร้องเรียนกรณีหน่วยงานของรัฐไม่ปฏิบัติตามกฎหมายว่าด้วยข้อมูลข่าวสารของราชการ",
                        "Complaint against a state agency failing to comply with the Official Information Act",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการคุ้มครองผู้บริโภค",
                name_en: "Office of the Consumer Protection Board",
                processes: &[
                    p(
                        "การร้องเรียนกรณีผู้บริโภคได้รับความเสียหายจากการซื้อสินค้าหรือบริการ",
                        "Consumer complaint about damage from goods or services",
                        APPEAL,
                    ),
                    p(
                        "การจดทะเบียนประกอบธุรกิจขายตรง",
                        "Registration of a direct sales business",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนประกอบธุรกิจตลาดแบบตรง",
                        "Registration of a direct marketing business",
                        REGISTRATION,
                    ),
                    p(
                        "การขอเปลี่ยนแปลงรายการจดทะเบียนประกอบธุรกิจขายตรงและตลาดแบบตรง",
                        "Amendment of direct sales and direct marketing registration particulars",
                        RENEWAL,
                    ),
                    p(
                        "การขอใบแทนหนังสือรับรองการจดทะเบียนประกอบธุรกิจขายตรงและตลาดแบบตรง",
                        "Replacement of a direct sales and direct marketing registration certificate",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งเลิกประกอบธุรกิจขายตรงและตลาดแบบตรง",
                        "Notification of cessation of a direct sales or direct marketing business",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอคำปรึกษาการจัดทำฉลากสินค้าที่ควบคุมฉลาก",
                        "Advice on labelling of label-controlled products",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการส่งเสริมการลงทุน",
                name_en: "Office of the Board of Investment",
                processes: &[
                    p(
                        "การขอรับการส่งเสริมการลงทุน",
                        "Application for investment promotion",
                        PERMIT,
                    ),
                    p(
                        "การขอแก้ไขโครงการที่ได้รับการส่งเสริมการลงทุน",
                        "Amendment of a BOI-promoted project",
                        RENEWAL,
                    ),
                    p(
                        "การขอเปิดดำเนินการตามโครงการที่ได้รับการส่งเสริมการลงทุน",
                        "Request to commence operation of a promoted project",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตนำช่างฝีมือหรือผู้ชำนาญการชาวต่างประเทศเข้ามาทำงาน",
                        "Permission to bring in foreign skilled workers or experts",
                        PERMIT,
                    ),
                    p(
                        "การขอใช้สิทธิยกเว้นอากรขาเข้าสำหรับเครื่องจักร",
                        "Use of import duty exemption on machinery",
                        SERVICE,
                    ),
                    p(
                        "การขอใช้สิทธิยกเว้นอากรขาเข้าสำหรับวัตถุดิบเพื่อการส่งออก",
                        "Use of import duty exemption on raw materials for export",
                        SERVICE,
                    ),
                    p(
                        "การขออนุญาตถือกรรมสิทธิ์ในที่ดินสำหรับกิจการที่ได้รับการส่งเสริม",
                        "Permission to own land for a promoted enterprise",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการข้าราชการพลเรือน",
                name_en: "Office of the Civil Service Commission",
                processes: &[
                    p(
                        "การสมัครสอบวัดความรู้ความสามารถทั่วไป (ภาค ก.)",
                        "Application for the general knowledge and ability examination (Part A)",
                        ENROLMENT,
                    ),
                    p(
                        "การขอหนังสือรับรองผลการสอบวัดความรู้ความสามารถทั่วไป",
                        "Certificate of general examination results",
                        PERMIT,
                    ),
                    p(
                        "การขอใบแทนหนังสือรับรองผลการสอบ",
                        "Replacement of an examination result certificate",
                        PERMIT,
                    ),
                    p(
                        "การขอให้รับรองคุณวุฒิเพื่อบรรจุเข้ารับราชการ",
                        "Recognition of qualifications for civil service appointment",
                        PERMIT,
                    ),
                    p(
                        "การสมัครสอบแข่งขันเพื่อรับทุนรัฐบาล",
                        "Application for the government scholarship examination",
                        ENROLMENT,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงกลาโหม",
        name_en: "Ministry of Defence",
        departments: &[
            DepartmentSeed {
                name_th: "สำนักงานปลัดกระทรวงกลาโหม",
                name_en: "Office of the Permanent Secretary for Defence",
                processes: &[
                    p(
                        "การขออนุญาตผลิตยุทธภัณฑ์",
                        "Permit to manufacture armaments",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตนำเข้ายุทธภัณฑ์",
                        "Permit to import armaments",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตส่งออกยุทธภัณฑ์",
                        "Permit to export armaments",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตมีไว้ในครอบครองซึ่งยุทธภัณฑ์",
                        "Permit to possess armaments",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กองทัพบก",
                name_en: "Royal Thai Army",
                processes: &[
                    p(
                        "การลงบัญชีทหารกองเกิน",
                        "Registration as a military reservist (at age 17)",
                        ENROLMENT,
                    ),
                    p(
                        "การรับหมายเรียกเข้ารับราชการทหาร (แบบ สด.35)",
                        "Collection of the conscription summons (Sor Dor 35)",
                        ENROLMENT,
                    ),
                    p(
                        "การขอผ่อนผันการเข้ารับการตรวจเลือกของนักเรียนนักศึกษา",
                        "Deferment of conscription for students",
                        SERVICE,
                    ),
                    p(
                        "การร้องขอเข้ารับราชการทหารกองประจำการโดยสมัครใจ",
                        "Voluntary application for active military service",
                        ENROLMENT,
                    ),
                    p(
                        "การขอใบแทนใบสำคัญทหารกองเกิน (แบบ สด.9)",
                        "Replacement of the reservist certificate (Sor Dor 9)",
                        PERMIT,
                    ),
                    p(
                        "การย้ายภูมิลำเนาทหาร",
                        "Transfer of military domicile",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอแก้ไขหลักฐานทางทหาร",
                        "Correction of military records",
                        RENEWAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "องค์การสงเคราะห์ทหารผ่านศึก",
                name_en: "The War Veterans Organization of Thailand",
                processes: &[
                    p(
                        "การขอมีบัตรประจำตัวทหารผ่านศึก",
                        "Application for a war veteran identity card",
                        PERMIT,
                    ),
                    p(
                        "การขอต่ออายุบัตรประจำตัวทหารผ่านศึก",
                        "Renewal of a war veteran identity card",
                        RENEWAL,
                    ),
                    p(
                        "การขอรับเงินสงเคราะห์ทหารผ่านศึกและครอบครัว",
                        "Welfare allowance for war veterans and their families",
                        SERVICE,
                    ),
                    p(
                        "การขอรับทุนการศึกษาบุตรทหารผ่านศึก",
                        "Educational grants for veterans' children",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการรักษาพยาบาลที่โรงพยาบาลทหารผ่านศึก",
                        "Medical treatment at the Veterans General Hospital",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงการคลัง",
        name_en: "Ministry of Finance",
        departments: &[
            DepartmentSeed {
                name_th: "กรมสรรพากร",
                name_en: "The Revenue Department",
                processes: &[
                    p(
                        "การยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา (ภ.ง.ด.90/91)",
                        "Filing the personal income tax return (P.N.D. 90/91)",
                        PAYMENT,
                    ),
                    p(
                        "การยื่นแบบแสดงรายการภาษีเงินได้นิติบุคคล (ภ.ง.ด.50)",
                        "Filing the corporate income tax return (P.N.D. 50)",
                        PAYMENT,
                    ),
                    p(
                        "การขอมีเลขประจำตัวผู้เสียภาษีอากร",
                        "Application for a taxpayer identification number",
                        ENROLMENT,
                    ),
                    p(
                        "การจดทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.01)",
                        "VAT registration (P.P. 01)",
                        REGISTRATION,
                    ),
                    p(
                        "การขอเปลี่ยนแปลงรายการทางทะเบียนภาษีมูลค่าเพิ่ม",
                        "Amendment of VAT registration particulars",
                        RENEWAL,
                    ),
                    p(
                        "การแจ้งเลิกประกอบกิจการภาษีมูลค่าเพิ่ม",
                        "Notification of cessation of a VAT-registered business",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอคืนภาษีเงินได้บุคคลธรรมดา",
                        "Personal income tax refund",
                        SERVICE,
                    ),
                    p(
                        "การขอคืนภาษีมูลค่าเพิ่มสำหรับนักท่องเที่ยวชาวต่างประเทศ",
                        "VAT refund for foreign tourists",
                        SERVICE,
                    ),
                    p(
                        "การขอหนังสือรับรองถิ่นที่อยู่ทางภาษี",
                        "Certificate of tax residence",
                        PERMIT,
                    ),
                    p(
                        "การอุทธรณ์การประเมินภาษีอากร",
                        "Appeal against a tax assessment",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมศุลกากร",
                name_en: "The Customs Department",
                processes: &[
                    p(
                        "การลงทะเบียนผู้นำของเข้าและผู้ส่งของออก",
                        "Registration of importers and exporters",
                        ENROLMENT,
                    ),
                    p(
                        "การยื่นใบขนสินค้าขาเข้า",
                        "Lodging an import declaration",
                        NOTIFICATION,
                    ),
                    p(
                        "การยื่นใบขนสินค้าขาออก",
                        "Lodging an export declaration",
                        NOTIFICATION,
                    ),
                    p(
                        "การชำระค่าภาษีอากรขาเข้า",
                        "Payment of import duties and taxes",
                        PAYMENT,
                    ),
                    p(
                        "การขอคืนเงินอากรสำหรับของที่ส่งกลับออกไป",
                        "Duty drawback on re-exported goods",
                        SERVICE,
                    ),
                    p(
                        "การขอรับใบอนุญาตเป็นตัวแทนออกของ",
                        "Customs broker licence",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตจัดตั้งคลังสินค้าทัณฑ์บน",
                        "Permission to establish a bonded warehouse",
                        PERMIT,
                    ),
                    p(
                        "การขอให้วินิจฉัยพิกัดอัตราศุลกากรล่วงหน้า",
                        "Advance ruling on tariff classification",
                        INFORMATION,
                    ),
                    p(
                        "การอุทธรณ์การประเมินอากร",
                        "Appeal against a customs duty assessment",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมสรรพสามิต",
                name_en: "The Excise Department",
                processes: &[
                    p("การขอรับใบอนุญาตขายสุรา", "Liquor retail licence", PERMIT),
                    p("การขอรับใบอนุญาตขายยาสูบ", "Tobacco retail licence", PERMIT),
                    p("การขอรับใบอนุญาตขายไพ่", "Playing card sales licence", PERMIT),
                    p(
                        "การขออนุญาตผลิตสุราชุมชน",
                        "Community liquor production permit",
                        PERMIT,
                    ),
                    p("การขึ้นทะเบียนสรรพสามิต", "Excise registration", ENROLMENT),
                    p(
                        "การยื่นแบบรายการภาษีและชำระภาษีสรรพสามิต",
                        "Filing and payment of excise tax",
                        PAYMENT,
                    ),
                    p("การขอคืนภาษีสรรพสามิต", "Excise tax refund", SERVICE),
                ],
            },
            DepartmentSeed {
                name_th: "กรมธนารักษ์",
                name_en: "The Treasury Department",
                processes: &[
                    p(
                        "การขอเช่าที่ราชพัสดุ",
                        "Application to lease state property land",
                        SERVICE,
                    ),
                    p(
                        "การขอต่ออายุสัญญาเช่าที่ราชพัสดุ",
                        "Renewal of a state property lease",
                        RENEWAL,
                    ),
                    p(
                        "การขอโอนสิทธิการเช่าที่ราชพัสดุ",
                        "Transfer of a state property lease",
                        RENEWAL,
                    ),
                    p(
                        "การชำระค่าเช่าที่ราชพัสดุ",
                        "Payment of state property rent",
                        PAYMENT,
                    ),
                    p(
                        "การขอทราบราคาประเมินทุนทรัพย์ที่ดินและสิ่งปลูกสร้าง",
                        "Official appraised value of land and buildings",
                        INFORMATION,
                    ),
                    p(
                        "การสั่งจองเหรียญกษาปณ์ที่ระลึก",
                        "Pre-order of commemorative coins",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมบัญชีกลาง",
                name_en: "The Comptroller General's Department",
                processes: &[
                    p(
                        "การขอรับบำเหน็จบำนาญข้าราชการ",
                        "Civil servant gratuity and pension",
                        SERVICE,
                    ),
                    p("การขอรับบำเหน็จตกทอด", "Inherited gratuity", SERVICE),
                    p("การขอรับบำเหน็จดำรงชีพ", "Living-support gratuity", SERVICE),
                    p(
                        "การขอรับเงินช่วยพิเศษกรณีผู้รับบำนาญถึงแก่ความตาย",
                        "Special allowance on the death of a pensioner",
                        SERVICE,
                    ),
                    p(
                        "การลงทะเบียนระบบเบิกจ่ายตรงค่ารักษาพยาบาล",
                        "Enrolment in the direct-billing medical benefit scheme",
                        ENROLMENT,
                    ),
                    p(
                        "การลงทะเบียนผู้ค้ากับภาครัฐในระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)",
                        "Supplier registration in the e-Government Procurement system (e-GP)",
                        ENROLMENT,
                    ),
                    p(
                        "การร้องเรียนเกี่ยวกับการจัดซื้อจัดจ้างภาครัฐ",
                        "Complaint about public procurement",
                        APPEAL,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงการต่างประเทศ",
        name_en: "Ministry of Foreign Affairs",
        departments: &[
            DepartmentSeed {
                name_th: "กรมการกงสุล",
                name_en: "Department of Consular Affairs",
                processes: &[
                    p(
                        "การขอหนังสือเดินทางธรรมดา",
                        "Ordinary passport application",
                        PERMIT,
                    ),
                    p(
                        "การขอหนังสือเดินทางสำหรับผู้เยาว์",
                        "Passport application for a minor",
                        PERMIT,
                    ),
                    p(
                        "การขอหนังสือเดินทางชั่วคราว",
                        "Temporary passport application",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งหนังสือเดินทางสูญหาย",
                        "Report of a lost passport",
                        NOTIFICATION,
                    ),
                    p(
                        "การรับรองเอกสาร (นิติกรณ์เอกสาร)",
                        "Legalisation of documents",
                        PERMIT,
                    ),
                    p(
                        "การรับรองคำแปลเอกสาร",
                        "Certification of document translations",
                        PERMIT,
                    ),
                    p(
                        "การขอความช่วยเหลือคนไทยตกทุกข์ในต่างประเทศ",
                        "Assistance to Thai nationals in distress abroad",
                        SERVICE,
                    ),
                    p(
                        "การขอความช่วยเหลือในการส่งศพคนไทยที่เสียชีวิตในต่างประเทศกลับประเทศไทย",
                        "Assistance with repatriating the remains of Thais who died abroad",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมพิธีการทูต",
                name_en: "Department of Protocol",
                processes: &[
                    p(
                        "การขอบัตรประจำตัวเจ้าหน้าที่คณะผู้แทนทางการทูต",
                        "Identity card for diplomatic mission staff",
                        PERMIT,
                    ),
                    p(
                        "การขอรับการตรวจลงตราประเภททูตและราชการ",
                        "Diplomatic and official visa",
                        PERMIT,
                    ),
                    p(
                        "การขอยกเว้นภาษีสำหรับผู้ได้รับเอกสิทธิ์และความคุ้มกันทางการทูต",
                        "Tax exemption for persons enjoying diplomatic privileges and immunities",
                        SERVICE,
                    ),
                    p(
                        "การขอหนังสือรับรองเพื่อจดทะเบียนรถยนต์ของคณะผู้แทนทางการทูต",
                        "Letter of certification for registering diplomatic mission vehicles",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งการมาถึงและการพ้นจากตำแหน่งของเจ้าหน้าที่การทูต",
                        "Notification of arrival and departure of diplomatic staff",
                        NOTIFICATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมความร่วมมือระหว่างประเทศ",
                name_en: "Thailand International Cooperation Agency",
                processes: &[
                    p(
                        "การสมัครรับทุนรัฐบาลต่างประเทศ",
                        "Application for foreign government scholarships",
                        ENROLMENT,
                    ),
                    p(
                        "การสมัครเป็นอาสาสมัครเพื่อนไทย (Friends from Thailand)",
                        "Application to be a Friends from Thailand volunteer",
                        ENROLMENT,
                    ),
                    p(
                        "การสมัครรับทุนหลักสูตรฝึกอบรมนานาชาติประจำปี (AITC)",
                        "Application for the Annual International Training Course (AITC)",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับความร่วมมือทางวิชาการจากต่างประเทศ",
                        "Request for technical cooperation from foreign partners",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงการท่องเที่ยวและกีฬา",
        name_en: "Ministry of Tourism and Sports",
        departments: &[
            DepartmentSeed {
                name_th: "กรมการท่องเที่ยว",
                name_en: "Department of Tourism",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตประกอบธุรกิจนำเที่ยว",
                        "Tour business licence",
                        PERMIT,
                    ),
                    p(
                        "การขอเปลี่ยนแปลงรายการในใบอนุญาตประกอบธุรกิจนำเที่ยว",
                        "Amendment of a tour business licence",
                        RENEWAL,
                    ),
                    p(
                        "การขอใบแทนใบอนุญาตประกอบธุรกิจนำเที่ยว",
                        "Replacement of a tour business licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับหลักประกันคืนเมื่อเลิกประกอบธุรกิจนำเที่ยว",
                        "Refund of the security deposit on closing a tour business",
                        SERVICE,
                    ),
                    p("การขอรับใบอนุญาตเป็นมัคคุเทศก์", "Tour guide licence", PERMIT),
                    p(
                        "การต่ออายุใบอนุญาตเป็นมัคคุเทศก์",
                        "Renewal of a tour guide licence",
                        RENEWAL,
                    ),
                    p("การขอรับใบอนุญาตเป็นผู้นำเที่ยว", "Tour leader licence", PERMIT),
                    p(
                        "การขอรับรองมาตรฐานโฮมสเตย์ไทย",
                        "Thai Homestay Standard certification",
                        PERMIT,
                    ),
                    p(
                        "การร้องเรียนธุรกิจนำเที่ยวและมัคคุเทศก์",
                        "Complaint against a tour business or guide",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมพลศึกษา",
                name_en: "Department of Physical Education",
                processes: &[
                    p(
                        "การขอใช้สถานที่สนามกีฬาแห่งชาติ",
                        "Booking of National Stadium facilities",
                        SERVICE,
                    ),
                    p(
                        "การขอรับบริการทดสอบสมรรถภาพทางกาย",
                        "Physical fitness testing service",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการสนับสนุนอุปกรณ์กีฬา",
                        "Sports equipment support",
                        SERVICE,
                    ),
                    p(
                        "การขอรับบริการวิทยากรด้านกีฬาและนันทนาการ",
                        "Sports and recreation instructor service",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "การกีฬาแห่งประเทศไทย",
                name_en: "Sports Authority of Thailand",
                processes: &[
                    p("การขอรับใบอนุญาตเป็นนักมวย", "Boxer licence", PERMIT),
                    p(
                        "การขอรับใบอนุญาตเป็นผู้จัดการนักมวย",
                        "Boxer manager licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตเป็นนายสนามมวย",
                        "Boxing stadium owner licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตเป็นผู้จัดรายการแข่งขันกีฬามวย",
                        "Boxing promoter licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตเป็นนักกีฬาอาชีพ",
                        "Professional athlete licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตเป็นผู้ฝึกสอนกีฬาอาชีพ",
                        "Professional sports coach licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตเป็นผู้ตัดสินกีฬาอาชีพ",
                        "Professional sports referee licence",
                        PERMIT,
                    ),
                    p(
                        "การขอใช้สนามกีฬาราชมังคลากีฬาสถาน",
                        "Booking of Rajamangala National Stadium",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
        name_en: "Ministry of Social Development and Human Security",
        departments: &[
            DepartmentSeed {
                name_th: "กรมกิจการผู้สูงอายุ",
                name_en: "Department of Older Persons",
                processes: &[
                    p(
                        "การขอรับการสงเคราะห์ในการจัดการศพผู้สูงอายุตามประเพณี",
                        "Funeral assistance for older persons",
                        SERVICE,
                    ),
                    p(
                        "การขอกู้ยืมเงินทุนประกอบอาชีพจากกองทุนผู้สูงอายุ",
                        "Occupational loan from the Older Persons Fund",
                        SERVICE,
                    ),
                    p(
                        "การขอรับความช่วยเหลือผู้สูงอายุที่ประสบปัญหาความเดือดร้อน",
                        "Emergency assistance for older persons in hardship",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการปรับปรุงสภาพแวดล้อมและที่อยู่อาศัยของผู้สูงอายุ",
                        "Home adaptation for older persons",
                        SERVICE,
                    ),
                    p(
                        "การขอเข้ารับบริการในศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุ",
                        "Admission to a Social Welfare Development Center for Older Persons",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ",
                name_en: "Department of Empowerment of Persons with Disabilities",
                processes: &[
                    p(
                        "การขอมีบัตรประจำตัวคนพิการ",
                        "Disability identity card application",
                        PERMIT,
                    ),
                    p(
                        "การต่ออายุบัตรประจำตัวคนพิการ",
                        "Renewal of a disability identity card",
                        RENEWAL,
                    ),
                    p(
                        "การขอกู้ยืมเงินกองทุนส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ",
                        "Loan from the Fund for Empowerment of Persons with Disabilities",
                        SERVICE,
                    ),
                    p(
                        "การขอรับบริการล่ามภาษามือ",
                        "Sign language interpreter service",
                        SERVICE,
                    ),
                    p(
                        "การขอรับบริการผู้ช่วยคนพิการ",
                        "Personal assistant service for persons with disabilities",
                        SERVICE,
                    ),
                    p(
                        "การขอปรับสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการ",
                        "Home adaptation for persons with disabilities",
                        SERVICE,
                    ),
                    p(
                        "การร้องเรียนกรณีถูกเลือกปฏิบัติโดยไม่เป็นธรรมต่อคนพิการ",
                        "Complaint of unfair discrimination against a person with disabilities",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมกิจการเด็กและเยาวชน",
                name_en: "Department of Children and Youth",
                processes: &[
                    p(
                        "การลงทะเบียนขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด",
                        "Registration for the child support grant for newborns",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับเงินสงเคราะห์เด็กในครอบครัวยากจน",
                        "Assistance for children in poor families",
                        SERVICE,
                    ),
                    p(
                        "การขอรับเงินสงเคราะห์ครอบครัวอุปถัมภ์",
                        "Foster family allowance",
                        SERVICE,
                    ),
                    p(
                        "การขออนุญาตรับเด็กเป็นบุตรบุญธรรม",
                        "Application to adopt a child",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตจัดตั้งสถานรับเลี้ยงเด็กเอกชน",
                        "Licence for a private child care centre",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมกิจการสตรีและสถาบันครอบครัว",
                name_en: "Department of Women's Affairs and Family Development",
                processes: &[
                    p(
                        "การขอรับความช่วยเหลือกรณีความรุนแรงในครอบครัว",
                        "Assistance for victims of domestic violence",
                        SERVICE,
                    ),
                    p(
                        "การแจ้งเหตุการกระทำความรุนแรงในครอบครัว",
                        "Reporting an act of domestic violence",
                        NOTIFICATION,
                    ),
                    p(
                        "การยื่นคำร้องกรณีถูกเลือกปฏิบัติโดยไม่เป็นธรรมระหว่างเพศ",
                        "Petition against unfair gender discrimination",
                        APPEAL,
                    ),
                    p("การขอรับคำปรึกษาด้านครอบครัว", "Family counselling", SERVICE),
                ],
            },
            DepartmentSeed {
                name_th: "กรมพัฒนาสังคมและสวัสดิการ",
                name_en: "Department of Social Development and Welfare",
                processes: &[
                    p(
                        "การขอรับเงินสงเคราะห์ผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง",
                        "Assistance for low-income and destitute persons",
                        SERVICE,
                    ),
                    p(
                        "การขอเข้ารับบริการในสถานคุ้มครองคนไร้ที่พึ่ง",
                        "Admission to a shelter for destitute persons",
                        SERVICE,
                    ),
                    p(
                        "การขอรับรองเป็นองค์การสาธารณประโยชน์",
                        "Certification as a public benefit organisation",
                        PERMIT,
                    ),
                    p(
                        "การขอรับรองเป็นองค์การสวัสดิการชุมชน",
                        "Certification as a community welfare organisation",
                        PERMIT,
                    ),
                    p(
                        "การขึ้นทะเบียนเป็นอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.)",
                        "Registration as a social development and human security volunteer",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับการสนับสนุนจากกองทุนส่งเสริมการจัดสวัสดิการสังคม",
                        "Grant from the Social Welfare Promotion Fund",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม",
        name_en: "Ministry of Higher Education, Science, Research and Innovation",
        departments: &[
            DepartmentSeed {
                name_th: "สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม",
                name_en: "Office of the Permanent Secretary, Ministry of Higher Education, Science, Research and Innovation",
                processes: &[
                    p(
                        "การขอหนังสือรับรองสถานภาพสถาบันอุดมศึกษาและการรับรองหลักสูตร",
                        "Certificate of higher education institution status and curriculum recognition",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตจัดตั้งสถาบันอุดมศึกษาเอกชน",
                        "Licence to establish a private higher education institution",
                        PERMIT,
                    ),
                    p(
                        "การเสนอหลักสูตรของสถาบันอุดมศึกษาเพื่อให้สำนักงานปลัดกระทรวงรับทราบ",
                        "Submission of a higher education curriculum for acknowledgement",
                        NOTIFICATION,
                    ),
                    p(
                        "การร้องเรียนเกี่ยวกับการดำเนินงานของสถาบันอุดมศึกษา",
                        "Complaint concerning a higher education institution",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมวิทยาศาสตร์บริการ",
                name_en: "Department of Science Service",
                processes: &[
                    p(
                        "การขอรับบริการทดสอบผลิตภัณฑ์และวัสดุ",
                        "Product and material testing service",
                        SERVICE,
                    ),
                    p(
                        "การขอรับบริการสอบเทียบเครื่องมือวัด",
                        "Measuring instrument calibration service",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการรับรองความสามารถห้องปฏิบัติการ (ISO/IEC 17025)",
                        "Laboratory accreditation (ISO/IEC 17025)",
                        PERMIT,
                    ),
                    p(
                        "การขอรับบริการทดสอบความชำนาญห้องปฏิบัติการ",
                        "Laboratory proficiency testing service",
                        SERVICE,
                    ),
                    p(
                        "การขอรับบริการสารสนเทศวิทยาศาสตร์และเทคโนโลยี",
                        "Science and technology information service",
                        INFORMATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานปรมาณูเพื่อสันติ",
                name_en: "Office of Atoms for Peace",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตผลิต มีไว้ในครอบครอง หรือใช้วัสดุกัมมันตรังสี",
                        "Licence to produce, possess or use radioactive material",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตนำเข้าหรือส่งออกวัสดุกัมมันตรังสี",
                        "Licence to import or export radioactive material",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตผลิต มีไว้ในครอบครอง หรือใช้เครื่องกำเนิดรังสี",
                        "Licence to produce, possess or use a radiation generator",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งการมีไว้ในครอบครองหรือใช้เครื่องกำเนิดรังสี",
                        "Notification of possession or use of a radiation generator",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอขึ้นทะเบียนเป็นเจ้าหน้าที่ความปลอดภัยทางรังสี",
                        "Registration as a radiation safety officer",
                        ENROLMENT,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงเกษตรและสหกรณ์",
        name_en: "Ministry of Agriculture and Cooperatives",
        departments: &[
            DepartmentSeed {
                name_th: "กรมส่งเสริมการเกษตร",
                name_en: "Department of Agricultural Extension",
                processes: &[
                    p("การขึ้นทะเบียนเกษตรกร", "Farmer registration", ENROLMENT),
                    p(
                        "การปรับปรุงข้อมูลทะเบียนเกษตรกร",
                        "Update of farmer registration data",
                        RENEWAL,
                    ),
                    p(
                        "การขอหนังสือรับรองการเป็นเกษตรกร",
                        "Certificate of farmer status",
                        PERMIT,
                    ),
                    p(
                        "การขอรับความช่วยเหลือเกษตรกรผู้ประสบภัยพิบัติด้านพืช",
                        "Assistance for farmers affected by crop disasters",
                        SERVICE,
                    ),
                    p(
                        "การขอรับบริการตรวจวินิจฉัยศัตรูพืช",
                        "Plant pest diagnosis service",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมปศุสัตว์",
                name_en: "Department of Livestock Development",
                processes: &[
                    p(
                        "การขออนุญาตเคลื่อนย้ายสัตว์หรือซากสัตว์ภายในราชอาณาจักร",
                        "Permit to move animals or carcasses within the Kingdom",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตนำสัตว์หรือซากสัตว์เข้ามาในราชอาณาจักร",
                        "Permit to import animals or carcasses",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตนำสัตว์หรือซากสัตว์ออกนอกราชอาณาจักร",
                        "Permit to export animals or carcasses",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการโรงฆ่าสัตว์",
                        "Slaughterhouse operating licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตผลิตอาหารสัตว์ควบคุมเฉพาะ",
                        "Licence to produce specifically controlled animal feed",
                        PERMIT,
                    ),
                    p(
                        "การขอรับรองมาตรฐานฟาร์มเลี้ยงสัตว์",
                        "Livestock farm standard certification",
                        PERMIT,
                    ),
                    p(
                        "การขึ้นทะเบียนเกษตรกรผู้เลี้ยงสัตว์",
                        "Livestock farmer registration",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับความช่วยเหลือเกษตรกรผู้เลี้ยงสัตว์ที่ประสบภัยพิบัติ",
                        "Assistance for livestock farmers affected by disasters",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมประมง",
                name_en: "Department of Fisheries",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตทำการประมงพาณิชย์",
                        "Commercial fishing licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตทำการประมงพื้นบ้าน",
                        "Artisanal fishing licence",
                        PERMIT,
                    ),
                    p(
                        "การขึ้นทะเบียนเกษตรกรผู้เพาะเลี้ยงสัตว์น้ำ",
                        "Aquaculture farmer registration",
                        ENROLMENT,
                    ),
                    p(
                        "การขอหนังสือรับรองการจับสัตว์น้ำ (Catch Certificate)",
                        "Catch certificate",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตนำเข้าสัตว์น้ำ",
                        "Permit to import aquatic animals",
                        PERMIT,
                    ),
                    p(
                        "การขอรับรองมาตรฐานฟาร์มเพาะเลี้ยงสัตว์น้ำ (GAP)",
                        "Aquaculture farm GAP certification",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งเรือประมงเข้าออกท่า",
                        "Port-in port-out notification for fishing vessels",
                        NOTIFICATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมวิชาการเกษตร",
                name_en: "Department of Agriculture",
                processes: &[
                    p(
                        "การขอขึ้นทะเบียนวัตถุอันตรายทางการเกษตร",
                        "Registration of agricultural hazardous substances",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับใบอนุญาตมีไว้ในครอบครองเพื่อขายซึ่งวัตถุอันตรายทางการเกษตร",
                        "Licence to possess agricultural hazardous substances for sale",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตขายปุ๋ยเคมี",
                        "Chemical fertiliser sales licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตขายเมล็ดพันธุ์ควบคุม",
                        "Controlled seed sales licence",
                        PERMIT,
                    ),
                    p(
                        "การขอใบรับรองสุขอนามัยพืช (Phytosanitary Certificate)",
                        "Phytosanitary certificate",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตนำเข้าสิ่งต้องห้ามตามกฎหมายว่าด้วยกักพืช",
                        "Permit to import prohibited articles under the Plant Quarantine Act",
                        PERMIT,
                    ),
                    p(
                        "การขอรับรองแหล่งผลิตพืชตามมาตรฐาน GAP",
                        "GAP certification of crop production sites",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมส่งเสริมสหกรณ์",
                name_en: "Cooperative Promotion Department",
                processes: &[
                    p(
                        "การขอจดทะเบียนสหกรณ์",
                        "Registration of a cooperative",
                        REGISTRATION,
                    ),
                    p(
                        "การขอจดทะเบียนกลุ่มเกษตรกร",
                        "Registration of a farmer group",
                        REGISTRATION,
                    ),
                    p(
                        "การขอจดทะเบียนแก้ไขเพิ่มเติมข้อบังคับสหกรณ์",
                        "Registration of amendments to cooperative by-laws",
                        RENEWAL,
                    ),
                    p(
                        "การขอกู้ยืมเงินกองทุนพัฒนาสหกรณ์",
                        "Loan from the Cooperative Development Fund",
                        SERVICE,
                    ),
                    p(
                        "การแจ้งเลิกสหกรณ์",
                        "Notification of dissolution of a cooperative",
                        NOTIFICATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม",
                name_en: "Agricultural Land Reform Office",
                processes: &[
                    p(
                        "การยื่นคำขอรับการจัดที่ดินในเขตปฏิรูปที่ดิน",
                        "Application for land allocation in a land reform area",
                        SERVICE,
                    ),
                    p(
                        "การขอรับสิทธิในที่ดินปฏิรูปที่ดินตกทอดทางมรดก",
                        "Inheritance of land reform rights",
                        RENEWAL,
                    ),
                    p(
                        "การขอกู้ยืมเงินกองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรม",
                        "Loan from the Agricultural Land Reform Fund",
                        SERVICE,
                    ),
                    p(
                        "การขอใบแทนหนังสืออนุญาตให้เข้าทำประโยชน์ในเขตปฏิรูปที่ดิน (ส.ป.ก. 4-01)",
                        "Replacement of a land reform use permit (Sor Por Kor 4-01)",
                        PERMIT,
                    ),
                    p(
                        "การขอรังวัดแนวเขตที่ดินในเขตปฏิรูปที่ดิน",
                        "Boundary survey of land reform plots",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงคมนาคม",
        name_en: "Ministry of Transport",
        departments: &[
            DepartmentSeed {
                name_th: "กรมการขนส่งทางบก",
                name_en: "Department of Land Transport",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตขับรถยนต์ส่วนบุคคลชั่วคราว",
                        "Temporary private car driving licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตขับรถจักรยานยนต์ส่วนบุคคลชั่วคราว",
                        "Temporary private motorcycle driving licence",
                        PERMIT,
                    ),
                    p(
                        "การต่ออายุใบอนุญาตขับรถยนต์ส่วนบุคคล",
                        "Renewal of a private car driving licence",
                        RENEWAL,
                    ),
                    p(
                        "การขอใบแทนใบอนุญาตขับรถ",
                        "Replacement of a driving licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตขับรถยนต์สาธารณะ",
                        "Public vehicle driving licence",
                        PERMIT,
                    ),
                    p(
                        "การจดทะเบียนรถใหม่",
                        "Registration of a new vehicle",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนโอนกรรมสิทธิ์รถ",
                        "Registration of vehicle ownership transfer",
                        REGISTRATION,
                    ),
                    p("การชำระภาษีรถประจำปี", "Annual vehicle tax payment", PAYMENT),
                    p(
                        "การแจ้งเปลี่ยนสีรถ",
                        "Notification of vehicle colour change",
                        NOTIFICATION,
                    ),
                    p(
                        "การแจ้งไม่ใช้รถ",
                        "Notification of vehicle non-use",
                        NOTIFICATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมเจ้าท่า",
                name_en: "Marine Department",
                processes: &[
                    p(
                        "การจดทะเบียนเรือไทย",
                        "Registration of a Thai vessel",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนโอนกรรมสิทธิ์เรือ",
                        "Registration of vessel ownership transfer",
                        REGISTRATION,
                    ),
                    p("การขอตรวจเรือ", "Vessel inspection", SERVICE),
                    p("การขอรับใบอนุญาตใช้เรือ", "Vessel operating licence", PERMIT),
                    p(
                        "การต่ออายุใบอนุญาตใช้เรือ",
                        "Renewal of a vessel operating licence",
                        RENEWAL,
                    ),
                    p(
                        "การขอรับประกาศนียบัตรผู้ทำการในเรือ",
                        "Certificate of competency for ship personnel",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตปลูกสร้างสิ่งล่วงล้ำลำน้ำ",
                        "Permit to build structures encroaching on waterways",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมทางหลวง",
                name_en: "Department of Highways",
                processes: &[
                    p(
                        "การขออนุญาตทำทางเชื่อมเข้าออกทางหลวงแผ่นดิน",
                        "Permit to connect an access road to a national highway",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตใช้เขตทางหลวงเพื่อปักเสาพาดสายหรือวางท่อ",
                        "Permit to install poles, cables or pipes within the highway right-of-way",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตใช้รถที่มีน้ำหนักหรือขนาดเกินกำหนดบนทางหลวง",
                        "Permit to operate an overweight or oversized vehicle on highways",
                        PERMIT,
                    ),
                    p(
                        "การขอรับเงินค่าทดแทนอสังหาริมทรัพย์ที่ถูกเวนคืนเพื่อก่อสร้างทางหลวง",
                        "Compensation for property expropriated for highway construction",
                        SERVICE,
                    ),
                    p(
                        "การขอข้อมูลปริมาณจราจรบนทางหลวง",
                        "Highway traffic volume data",
                        INFORMATION,
                    ),
                    p(
                        "การร้องเรียนทางหลวงชำรุดหรือไม่ปลอดภัย (สายด่วน 1586)",
                        "Complaint about damaged or unsafe highways (hotline 1586)",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมทางหลวงชนบท",
                name_en: "Department of Rural Roads",
                processes: &[
                    p(
                        "การขออนุญาตทำทางเชื่อมเข้าออกทางหลวงชนบท",
                        "Permit to connect an access road to a rural road",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตใช้เขตทางหลวงชนบทเพื่อปักเสาพาดสายหรือวางท่อ",
                        "Permit to install poles, cables or pipes within the rural road right-of-way",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตใช้รถที่มีน้ำหนักเกินกำหนดบนทางหลวงชนบท",
                        "Permit to operate an overweight vehicle on rural roads",
                        PERMIT,
                    ),
                    p(
                        "การร้องเรียนทางหลวงชนบทชำรุด (สายด่วน 1146)",
                        "Complaint about damaged rural roads (hotline 1146)",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานการบินพลเรือนแห่งประเทศไทย",
                name_en: "The Civil Aviation Authority of Thailand",
                processes: &[
                    p(
                        "การขึ้นทะเบียนผู้บังคับอากาศยานซึ่งไม่มีนักบิน (โดรน)",
                        "Registration of unmanned aircraft (drone) operators",
                        ENROLMENT,
                    ),
                    p(
                        "การขออนุญาตบังคับหรือปล่อยอากาศยานซึ่งไม่มีนักบิน",
                        "Permit to operate an unmanned aircraft",
                        PERMIT,
                    ),
                    p("การจดทะเบียนอากาศยาน", "Aircraft registration", REGISTRATION),
                    p("การขอรับใบอนุญาตนักบินส่วนบุคคล", "Private pilot licence", PERMIT),
                    p(
                        "การร้องเรียนการให้บริการของผู้ประกอบการขนส่งทางอากาศ",
                        "Complaint about an air carrier's service",
                        APPEAL,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        name_en: "Ministry of Digital Economy and Society",
        departments: &[
            DepartmentSeed {
                name_th: "กรมอุตุนิยมวิทยา",
                name_en: "Thai Meteorological Department",
                processes: &[
                    p(
                        "การขอข้อมูลอุตุนิยมวิทยา",
                        "Meteorological data request",
                        INFORMATION,
                    ),
                    p(
                        "การขอหนังสือรับรองข้อมูลสภาพอากาศ",
                        "Certified weather report",
                        INFORMATION,
                    ),
                    p(
                        "การขอรับข้อมูลแผ่นดินไหว",
                        "Earthquake data request",
                        INFORMATION,
                    ),
                    p(
                        "การขอรับบริการพยากรณ์อากาศเฉพาะกิจ",
                        "Special-purpose weather forecast service",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานสถิติแห่งชาติ",
                name_en: "National Statistical Office",
                processes: &[
                    p(
                        "การขอใช้ข้อมูลสถิติระดับย่อย (Microdata)",
                        "Statistical microdata request",
                        INFORMATION,
                    ),
                    p(
                        "การขอรับบริการข้อมูลสถิติและสารสนเทศ",
                        "Statistical data and information service",
                        INFORMATION,
                    ),
                    p(
                        "การขอสำเนาข้อมูลสำมะโนประชากรและเคหะ",
                        "Copy of population and housing census data",
                        INFORMATION,
                    ),
                    p("การขอรับคำปรึกษาด้านสถิติ", "Statistical consultation", SERVICE),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์",
                name_en: "Electronic Transactions Development Agency",
                processes: &[
                    p(
                        "การแจ้งการประกอบธุรกิจบริการเกี่ยวกับธุรกรรมทางอิเล็กทรอนิกส์",
                        "Notification of an electronic transaction service business",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบธุรกิจบริการเกี่ยวกับธุรกรรมทางอิเล็กทรอนิกส์",
                        "Licence for an electronic transaction service business",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งการประกอบธุรกิจบริการแพลตฟอร์มดิจิทัล",
                        "Notification of a digital platform service business",
                        NOTIFICATION,
                    ),
                    p(
                        "การร้องเรียนปัญหาการซื้อขายสินค้าออนไลน์ (สายด่วน 1212)",
                        "Complaint about online shopping problems (hotline 1212)",
                        APPEAL,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        name_en: "Ministry of Natural Resources and Environment",
        departments: &[
            DepartmentSeed {
                name_th: "กรมป่าไม้",
                name_en: "Royal Forest Department",
                processes: &[
                    p(
                        "การขออนุญาตเข้าทำประโยชน์หรืออยู่อาศัยในเขตป่าสงวนแห่งชาติ",
                        "Permit to use or occupy national reserved forest land",
                        PERMIT,
                    ),
                    p(
                        "การขอจดทะเบียนที่ดินเป็นสวนป่า",
                        "Registration of land as a forest plantation",
                        REGISTRATION,
                    ),
                    p(
                        "การขอจัดตั้งป่าชุมชน",
                        "Application to establish a community forest",
                        REGISTRATION,
                    ),
                    p(
                        "การขอรับใบอนุญาตตั้งโรงงานแปรรูปไม้",
                        "Licence to establish a sawmill",
                        PERMIT,
                    ),
                    p("การขออนุญาตนำไม้เคลื่อนที่", "Permit to transport timber", PERMIT),
                    p(
                        "การขอรับใบอนุญาตมีไม้แปรรูปไว้ในครอบครอง",
                        "Licence to possess processed timber",
                        PERMIT,
                    ),
                    p("การขอรับกล้าไม้", "Request for tree seedlings", SERVICE),
                ],
            },
            DepartmentSeed {
                name_th: "กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช",
                name_en: "Department of National Parks, Wildlife and Plant Conservation",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตเพาะพันธุ์สัตว์ป่าคุ้มครอง",
                        "Licence to breed protected wildlife",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตค้าสัตว์ป่าคุ้มครองที่ได้จากการเพาะพันธุ์",
                        "Licence to trade captive-bred protected wildlife",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งการครอบครองสัตว์ป่าคุ้มครอง",
                        "Notification of possession of protected wildlife",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอหนังสืออนุญาตนำเข้าหรือส่งออกชนิดพันธุ์ตามอนุสัญญาไซเตส",
                        "CITES import or export permit",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตถ่ายทำภาพยนตร์ในเขตอุทยานแห่งชาติ",
                        "Permit to film in a national park",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตศึกษาวิจัยในเขตอุทยานแห่งชาติ",
                        "Permit for research in a national park",
                        PERMIT,
                    ),
                    p(
                        "การจองที่พักและสถานที่กางเต็นท์ในอุทยานแห่งชาติ",
                        "Booking of accommodation and campsites in national parks",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมควบคุมมลพิษ",
                name_en: "Pollution Control Department",
                processes: &[
                    p("การร้องเรียนปัญหามลพิษ", "Pollution complaint", APPEAL),
                    p(
                        "การขอข้อมูลคุณภาพอากาศและคุณภาพน้ำ",
                        "Air and water quality data request",
                        INFORMATION,
                    ),
                    p(
                        "การขอรับบริการตรวจวัดระดับเสียงและความสั่นสะเทือน",
                        "Noise and vibration measurement service",
                        SERVICE,
                    ),
                    p(
                        "การแจ้งเหตุฉุกเฉินด้านมลพิษและสารเคมี",
                        "Reporting a pollution or chemical emergency",
                        NOTIFICATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมทรัพยากรน้ำบาดาล",
                name_en: "Department of Groundwater Resources",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตเจาะน้ำบาดาล",
                        "Groundwater drilling licence",
                        PERMIT,
                    ),
                    p("การขอรับใบอนุญาตใช้น้ำบาดาล", "Groundwater use licence", PERMIT),
                    p(
                        "การขอต่ออายุใบอนุญาตใช้น้ำบาดาล",
                        "Renewal of a groundwater use licence",
                        RENEWAL,
                    ),
                    p(
                        "การขอโอนใบอนุญาตใช้น้ำบาดาล",
                        "Transfer of a groundwater use licence",
                        RENEWAL,
                    ),
                    p(
                        "การชำระค่าใช้น้ำบาดาล",
                        "Payment of groundwater use charges",
                        PAYMENT,
                    ),
                    p(
                        "การขอขึ้นทะเบียนช่างเจาะน้ำบาดาล",
                        "Registration of groundwater well drillers",
                        ENROLMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม",
                name_en: "Office of Natural Resources and Environmental Policy and Planning",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตเป็นผู้มีสิทธิทำรายงานการประเมินผลกระทบสิ่งแวดล้อม",
                        "Licence to prepare environmental impact assessment reports",
                        PERMIT,
                    ),
                    p(
                        "การขอต่ออายุใบอนุญาตเป็นผู้มีสิทธิทำรายงานการประเมินผลกระทบสิ่งแวดล้อม",
                        "Renewal of an EIA consultant licence",
                        RENEWAL,
                    ),
                    p(
                        "การเสนอรายงานการประเมินผลกระทบสิ่งแวดล้อมเพื่อพิจารณา",
                        "Submission of an environmental impact assessment report for review",
                        NOTIFICATION,
                    ),
                    p(
                        "การส่งรายงานผลการปฏิบัติตามมาตรการป้องกันและแก้ไขผลกระทบสิ่งแวดล้อม",
                        "Submission of environmental mitigation monitoring reports",
                        NOTIFICATION,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงพลังงาน",
        name_en: "Ministry of Energy",
        departments: &[
            DepartmentSeed {
                name_th: "กรมธุรกิจพลังงาน",
                name_en: "Department of Energy Business",
                processes: &[
                    p(
                        "การขออนุญาตประกอบกิจการสถานีบริการน้ำมันเชื้อเพลิง",
                        "Licence to operate a fuel service station",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตเป็นผู้ค้าน้ำมันตามมาตรา 7",
                        "Licence as an oil trader under section 7",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตประกอบกิจการสถานีบริการก๊าซปิโตรเลียมเหลว",
                        "Licence to operate an LPG filling station",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตประกอบกิจการร้านจำหน่ายก๊าซปิโตรเลียมเหลว",
                        "Licence to operate an LPG retail shop",
                        PERMIT,
                    ),
                    p(
                        "การต่ออายุใบอนุญาตประกอบกิจการควบคุมประเภทที่ 3",
                        "Renewal of a category 3 controlled business licence",
                        RENEWAL,
                    ),
                    p(
                        "การแจ้งการประกอบกิจการควบคุมประเภทที่ 2",
                        "Notification of a category 2 controlled business",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอขึ้นทะเบียนเป็นผู้ทดสอบและตรวจสอบ",
                        "Registration as a tester and inspector",
                        ENROLMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน",
                name_en: "Department of Alternative Energy Development and Efficiency",
                processes: &[
                    p(
                        "การแจ้งการผลิตพลังงานควบคุม",
                        "Notification of controlled energy production",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอรับใบอนุญาตผลิตพลังงานควบคุม",
                        "Licence to produce controlled energy",
                        PERMIT,
                    ),
                    p(
                        "การส่งข้อมูลการใช้พลังงานของโรงงานควบคุมและอาคารควบคุม",
                        "Submission of energy consumption data by designated factories and buildings",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอขึ้นทะเบียนเป็นผู้รับผิดชอบด้านพลังงาน",
                        "Registration as a person responsible for energy",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับการสนับสนุนจากกองทุนเพื่อส่งเสริมการอนุรักษ์พลังงาน",
                        "Grant from the Energy Conservation Promotion Fund",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมเชื้อเพลิงธรรมชาติ",
                name_en: "Department of Mineral Fuels",
                processes: &[
                    p(
                        "การขอสัมปทานปิโตรเลียม",
                        "Application for a petroleum concession",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตเจาะหลุมสำรวจปิโตรเลียม",
                        "Permit to drill a petroleum exploration well",
                        PERMIT,
                    ),
                    p(
                        "การชำระค่าภาคหลวงปิโตรเลียม",
                        "Payment of petroleum royalties",
                        PAYMENT,
                    ),
                    p(
                        "การขอข้อมูลทางธรณีวิทยาและปิโตรเลียม",
                        "Geological and petroleum data request",
                        INFORMATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการกำกับกิจการพลังงาน",
                name_en: "Office of the Energy Regulatory Commission",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการไฟฟ้า ประเภทใบอนุญาตผลิตไฟฟ้า",
                        "Electricity business licence: generation",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการไฟฟ้า ประเภทใบอนุญาตจำหน่ายไฟฟ้า",
                        "Electricity business licence: distribution",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการก๊าซธรรมชาติ",
                        "Natural gas business licence",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งยกเว้นการขอรับใบอนุญาตประกอบกิจการไฟฟ้า (โซลาร์รูฟท็อป)",
                        "Notification of exemption from an electricity business licence (rooftop solar)",
                        NOTIFICATION,
                    ),
                    p(
                        "การร้องเรียนการให้บริการไฟฟ้าและก๊าซธรรมชาติ",
                        "Complaint about electricity or natural gas services",
                        APPEAL,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงพาณิชย์",
        name_en: "Ministry of Commerce",
        departments: &[
            DepartmentSeed {
                name_th: "กรมพัฒนาธุรกิจการค้า",
                name_en: "Department of Business Development",
                processes: &[
                    p("การจดทะเบียนพาณิชย์", "Commercial registration", REGISTRATION),
                    p(
                        "การจดทะเบียนจัดตั้งบริษัทจำกัด",
                        "Incorporation of a limited company",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนจัดตั้งห้างหุ้นส่วนจำกัด",
                        "Registration of a limited partnership",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนแก้ไขเพิ่มเติมรายการของบริษัทจำกัด",
                        "Registration of amendments to a limited company",
                        RENEWAL,
                    ),
                    p(
                        "การจดทะเบียนเลิกและชำระบัญชีห้างหุ้นส่วนบริษัท",
                        "Registration of dissolution and liquidation of partnerships and companies",
                        REGISTRATION,
                    ),
                    p(
                        "การยื่นงบการเงินประจำปี",
                        "Filing of annual financial statements",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอหนังสือรับรองนิติบุคคล",
                        "Certificate of juristic person registration",
                        INFORMATION,
                    ),
                    p(
                        "การขอถ่ายสำเนาเอกสารทะเบียนนิติบุคคล",
                        "Copies of juristic person registration documents",
                        INFORMATION,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบธุรกิจของคนต่างด้าว",
                        "Foreign business licence",
                        PERMIT,
                    ),
                    p(
                        "การจดทะเบียนสัญญาหลักประกันทางธุรกิจ",
                        "Registration of a business security agreement",
                        REGISTRATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมทรัพย์สินทางปัญญา",
                name_en: "Department of Intellectual Property",
                processes: &[
                    p(
                        "การยื่นคำขอจดทะเบียนเครื่องหมายการค้า",
                        "Trademark registration application",
                        REGISTRATION,
                    ),
                    p(
                        "การต่ออายุการจดทะเบียนเครื่องหมายการค้า",
                        "Trademark registration renewal",
                        RENEWAL,
                    ),
                    p(
                        "การขอจดทะเบียนโอนเครื่องหมายการค้า",
                        "Registration of trademark assignment",
                        REGISTRATION,
                    ),
                    p(
                        "การคัดค้านการขอจดทะเบียนเครื่องหมายการค้า",
                        "Opposition to a trademark application",
                        APPEAL,
                    ),
                    p(
                        "การยื่นคำขอรับสิทธิบัตรการประดิษฐ์",
                        "Invention patent application",
                        REGISTRATION,
                    ),
                    p(
                        "การยื่นคำขอรับสิทธิบัตรการออกแบบผลิตภัณฑ์",
                        "Design patent application",
                        REGISTRATION,
                    ),
                    p(
                        "การยื่นคำขอรับอนุสิทธิบัตร",
                        "Petty patent application",
                        REGISTRATION,
                    ),
                    p("การแจ้งข้อมูลลิขสิทธิ์", "Copyright notification", NOTIFICATION),
                    p(
                        "การขอขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์",
                        "Geographical indication registration",
                        ENROLMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมการค้าภายใน",
                name_en: "Department of Internal Trade",
                processes: &[
                    p(
                        "การร้องเรียนราคาสินค้าและบริการไม่เป็นธรรม (สายด่วน 1569)",
                        "Complaint about unfair prices of goods and services (hotline 1569)",
                        APPEAL,
                    ),
                    p(
                        "การขอรับใบอนุญาตทำเครื่องชั่งตวงวัด",
                        "Licence to manufacture weighing and measuring instruments",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตซ่อมเครื่องชั่งตวงวัด",
                        "Licence to repair weighing and measuring instruments",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตขายเครื่องชั่งตวงวัด",
                        "Licence to sell weighing and measuring instruments",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตนำเข้าเครื่องชั่งตวงวัด",
                        "Licence to import weighing and measuring instruments",
                        PERMIT,
                    ),
                    p(
                        "การขอให้ตรวจสอบให้คำรับรองเครื่องชั่งตวงวัด",
                        "Verification of weighing and measuring instruments",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมการค้าต่างประเทศ",
                name_en: "Department of Foreign Trade",
                processes: &[
                    p(
                        "การขอหนังสือรับรองถิ่นกำเนิดสินค้า (Certificate of Origin)",
                        "Certificate of origin",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตนำสินค้าเข้ามาในราชอาณาจักร",
                        "Import licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตส่งสินค้าออกไปนอกราชอาณาจักร",
                        "Export licence",
                        PERMIT,
                    ),
                    p(
                        "การขอจดทะเบียนเป็นผู้ส่งออกข้าว",
                        "Registration as a rice exporter",
                        REGISTRATION,
                    ),
                    p(
                        "การขอมีบัตรประจำตัวผู้ส่งออก-นำเข้าสินค้า",
                        "Exporter-importer identity card",
                        ENROLMENT,
                    ),
                    p(
                        "การยื่นคำขอให้ไต่สวนการทุ่มตลาดและการอุดหนุน",
                        "Petition for an anti-dumping or countervailing investigation",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมส่งเสริมการค้าระหว่างประเทศ",
                name_en: "Department of International Trade Promotion",
                processes: &[
                    p(
                        "การสมัครเป็นสมาชิกกรมส่งเสริมการค้าระหว่างประเทศ",
                        "DITP membership registration for exporters",
                        ENROLMENT,
                    ),
                    p(
                        "การสมัครเข้าร่วมงานแสดงสินค้าในต่างประเทศ",
                        "Application to join overseas trade fairs",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับตราสัญลักษณ์ Thailand Trust Mark",
                        "Thailand Trust Mark certification",
                        PERMIT,
                    ),
                    p(
                        "การขอข้อมูลการค้าและการตลาดต่างประเทศ",
                        "Overseas trade and market information",
                        INFORMATION,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงมหาดไทย",
        name_en: "Ministry of Interior",
        departments: &[
            DepartmentSeed {
                name_th: "กรมการปกครอง",
                name_en: "Department of Provincial Administration",
                processes: &[
                    p(
                        "การขอมีบัตรประจำตัวประชาชนครั้งแรก",
                        "First national ID card application",
                        PERMIT,
                    ),
                    p(
                        "การขอมีบัตรประจำตัวประชาชนใหม่กรณีบัตรหมดอายุ",
                        "New national ID card on expiry",
                        RENEWAL,
                    ),
                    p("การแจ้งเกิด", "Birth registration", NOTIFICATION),
                    p("การแจ้งตาย", "Death registration", NOTIFICATION),
                    p(
                        "การแจ้งย้ายที่อยู่",
                        "Notification of change of address",
                        NOTIFICATION,
                    ),
                    p("การจดทะเบียนสมรส", "Marriage registration", REGISTRATION),
                    p("การจดทะเบียนหย่า", "Divorce registration", REGISTRATION),
                    p("การขอเปลี่ยนชื่อตัว", "Change of first name", RENEWAL),
                    p(
                        "การขอคัดและรับรองสำเนาเอกสารการทะเบียนราษฎร",
                        "Certified copies of civil registration documents",
                        INFORMATION,
                    ),
                    p(
                        "การขอรับใบอนุญาตให้มีและใช้อาวุธปืน (แบบ ป.4)",
                        "Firearm possession and use licence (Por 4)",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมที่ดิน",
                name_en: "Department of Lands",
                processes: &[
                    p(
                        "การขอออกโฉนดที่ดินเฉพาะราย",
                        "Individual land title deed issuance",
                        PERMIT,
                    ),
                    p(
                        "การรังวัดสอบเขตโฉนดที่ดิน",
                        "Land boundary verification survey",
                        SERVICE,
                    ),
                    p(
                        "การจดทะเบียนขายที่ดิน",
                        "Registration of a land sale",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนให้ที่ดิน",
                        "Registration of a land gift",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนจำนองที่ดิน",
                        "Registration of a land mortgage",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนโอนมรดกที่ดิน",
                        "Registration of land inheritance",
                        REGISTRATION,
                    ),
                    p(
                        "การจดทะเบียนอาคารชุด",
                        "Condominium registration",
                        REGISTRATION,
                    ),
                    p("การขอใบแทนโฉนดที่ดิน", "Replacement land title deed", PERMIT),
                    p(
                        "การขอคัดสำเนาหนังสือแสดงสิทธิในที่ดิน",
                        "Copies of land title documents",
                        INFORMATION,
                    ),
                    p("การขออนุญาตจัดสรรที่ดิน", "Land subdivision permit", PERMIT),
                ],
            },
            DepartmentSeed {
                name_th: "กรมโยธาธิการและผังเมือง",
                name_en: "Department of Public Works and Town & Country Planning",
                processes: &[
                    p(
                        "การขอตรวจสอบการใช้ประโยชน์ที่ดินตามผังเมืองรวม",
                        "Verification of land use under the comprehensive plan",
                        INFORMATION,
                    ),
                    p(
                        "การขอคัดสำเนาแผนที่ท้ายกฎกระทรวงผังเมืองรวม",
                        "Copies of comprehensive plan maps",
                        INFORMATION,
                    ),
                    p(
                        "การขอขึ้นทะเบียนเป็นผู้ตรวจสอบอาคาร",
                        "Registration as a building inspector",
                        ENROLMENT,
                    ),
                    p(
                        "การขอต่ออายุการขึ้นทะเบียนเป็นผู้ตรวจสอบอาคาร",
                        "Renewal of building inspector registration",
                        RENEWAL,
                    ),
                    p(
                        "การขอรับคำแนะนำการออกแบบอาคารเพื่อคนพิการและผู้สูงอายุ",
                        "Advice on accessible building design for disabled and older persons",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมป้องกันและบรรเทาสาธารณภัย",
                name_en: "Department of Disaster Prevention and Mitigation",
                processes: &[
                    p(
                        "การขอรับความช่วยเหลือผู้ประสบภัยพิบัติ",
                        "Disaster victim assistance",
                        SERVICE,
                    ),
                    p(
                        "การแจ้งเหตุสาธารณภัย (สายด่วน 1784)",
                        "Reporting a disaster (hotline 1784)",
                        NOTIFICATION,
                    ),
                    p(
                        "การสมัครเป็นอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)",
                        "Application as a civil defence volunteer",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับการสนับสนุนรถบรรทุกน้ำเพื่อการอุปโภคบริโภค",
                        "Water tanker support for household use",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการสนับสนุนเครื่องจักรกลสาธารณภัย",
                        "Disaster-relief machinery support",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมส่งเสริมการปกครองท้องถิ่น",
                name_en: "Department of Local Administration",
                processes: &[
                    p(
                        "การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ",
                        "Registration for the old-age allowance",
                        ENROLMENT,
                    ),
                    p(
                        "การลงทะเบียนรับเงินเบี้ยความพิการ",
                        "Registration for the disability allowance",
                        ENROLMENT,
                    ),
                    p(
                        "การลงทะเบียนรับเงินสงเคราะห์เพื่อการยังชีพผู้ป่วยเอดส์",
                        "Registration for the living allowance for AIDS patients",
                        ENROLMENT,
                    ),
                    p(
                        "การขออนุญาตก่อสร้างอาคาร",
                        "Building construction permit",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งการขุดดิน",
                        "Notification of earth excavation",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ",
                        "Licence for a business hazardous to health",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตจัดตั้งตลาด",
                        "Market establishment licence",
                        PERMIT,
                    ),
                    p(
                        "การขอหนังสือรับรองการแจ้งจัดตั้งสถานที่จำหน่ายอาหารหรือสะสมอาหาร",
                        "Notification certificate for a food selling or storage place",
                        PERMIT,
                    ),
                    p(
                        "การชำระภาษีที่ดินและสิ่งปลูกสร้าง",
                        "Payment of land and building tax",
                        PAYMENT,
                    ),
                    p("การชำระภาษีป้าย", "Payment of signboard tax", PAYMENT),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงยุติธรรม",
        name_en: "Ministry of Justice",
        departments: &[
            DepartmentSeed {
                name_th: "กรมบังคับคดี",
                name_en: "Legal Execution Department",
                processes: &[
                    p(
                        "การยื่นคำขอเข้าสู้ราคาทรัพย์ที่ขายทอดตลาด",
                        "Bidding at a legal execution auction",
                        SERVICE,
                    ),
                    p(
                        "การขอไกล่เกลี่ยข้อพิพาทในชั้นบังคับคดี",
                        "Mediation at the legal execution stage",
                        SERVICE,
                    ),
                    p(
                        "การยื่นคำขอรับชำระหนี้ในคดีล้มละลาย",
                        "Filing a claim in bankruptcy proceedings",
                        SERVICE,
                    ),
                    p(
                        "การขอตรวจสอบสถานะบุคคลล้มละลาย",
                        "Bankruptcy status check",
                        INFORMATION,
                    ),
                    p(
                        "การขอคัดสำเนาเอกสารในสำนวนบังคับคดี",
                        "Copies of legal execution case files",
                        INFORMATION,
                    ),
                    p(
                        "การยื่นคำร้องขอถอนการยึดทรัพย์",
                        "Petition to release seized property",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมคุ้มครองสิทธิและเสรีภาพ",
                name_en: "Rights and Liberties Protection Department",
                processes: &[
                    p(
                        "การขอรับค่าตอบแทนผู้เสียหายในคดีอาญา",
                        "Compensation for injured persons in criminal cases",
                        SERVICE,
                    ),
                    p(
                        "การขอรับค่าทดแทนและค่าใช้จ่ายแก่จำเลยในคดีอาญา",
                        "Compensation and expenses for wrongfully prosecuted defendants",
                        SERVICE,
                    ),
                    p(
                        "การขอรับความคุ้มครองพยานในคดีอาญา",
                        "Witness protection in criminal cases",
                        SERVICE,
                    ),
                    p("การขอรับคำปรึกษาทางกฎหมาย", "Legal advice", SERVICE),
                    p(
                        "การร้องเรียนกรณีถูกละเมิดสิทธิมนุษยชน",
                        "Complaint of a human rights violation",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมคุมประพฤติ",
                name_en: "Department of Probation",
                processes: &[
                    p(
                        "การรายงานตัวของผู้ถูกคุมความประพฤติ",
                        "Reporting by persons on probation",
                        NOTIFICATION,
                    ),
                    p(
                        "การขออนุญาตเดินทางออกนอกเขตท้องที่ระหว่างคุมความประพฤติ",
                        "Permission to travel outside the area during probation",
                        PERMIT,
                    ),
                    p(
                        "การขอเปลี่ยนสถานที่รายงานตัว",
                        "Change of reporting office",
                        RENEWAL,
                    ),
                    p(
                        "การขอทำงานบริการสังคมแทนการชำระค่าปรับ",
                        "Community service in lieu of a fine",
                        SERVICE,
                    ),
                    p(
                        "การสมัครเป็นอาสาสมัครคุมประพฤติ",
                        "Application as a probation volunteer",
                        ENROLMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมราชทัณฑ์",
                name_en: "Department of Corrections",
                processes: &[
                    p("การขอเยี่ยมญาติผู้ต้องขัง", "Prison visit", SERVICE),
                    p(
                        "การขอเยี่ยมญาติผู้ต้องขังทางออนไลน์",
                        "Online prison visit",
                        SERVICE,
                    ),
                    p(
                        "การฝากเงินและสิ่งของให้ผู้ต้องขัง",
                        "Depositing money and items for inmates",
                        SERVICE,
                    ),
                    p(
                        "การขอตรวจสอบข้อมูลผู้ต้องขัง",
                        "Inmate information enquiry",
                        INFORMATION,
                    ),
                    p(
                        "การขอหนังสือรับรองการพ้นโทษ",
                        "Certificate of release from prison",
                        PERMIT,
                    ),
                    p(
                        "การยื่นเรื่องขอพระราชทานอภัยโทษ",
                        "Petition for a royal pardon",
                        OTHER,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมสอบสวนคดีพิเศษ",
                name_en: "Department of Special Investigation",
                processes: &[
                    p(
                        "การร้องขอให้สอบสวนเป็นคดีพิเศษ",
                        "Request for a case to be investigated as a special case",
                        APPEAL,
                    ),
                    p(
                        "การร้องทุกข์หรือกล่าวโทษในคดีพิเศษ",
                        "Filing a criminal complaint in a special case",
                        APPEAL,
                    ),
                    p(
                        "การแจ้งเบาะแสการกระทำความผิดที่เป็นคดีพิเศษ (สายด่วน 1202)",
                        "Reporting tips on special-case offences (hotline 1202)",
                        NOTIFICATION,
                    ),
                    p(
                        "การขอคัดสำเนาเอกสารในสำนวนคดีพิเศษ",
                        "Copies of special case files",
                        INFORMATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานกองทุนยุติธรรม",
                name_en: "Office of the Justice Fund",
                processes: &[
                    p(
                        "การขอรับความช่วยเหลือค่าจ้างทนายความ",
                        "Assistance with lawyer's fees",
                        SERVICE,
                    ),
                    p(
                        "การขอรับความช่วยเหลือเงินประกันตัวผู้ต้องหาหรือจำเลย",
                        "Bail assistance for suspects or defendants",
                        SERVICE,
                    ),
                    p(
                        "การขอรับความช่วยเหลือค่าธรรมเนียมศาลและค่าใช้จ่ายในการดำเนินคดี",
                        "Assistance with court fees and litigation expenses",
                        SERVICE,
                    ),
                    p(
                        "การขอรับความช่วยเหลือค่าใช้จ่ายในการให้ความรู้ทางกฎหมายแก่ประชาชน",
                        "Support for public legal education projects",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงแรงงาน",
        name_en: "Ministry of Labour",
        departments: &[
            DepartmentSeed {
                name_th: "กรมการจัดหางาน",
                name_en: "Department of Employment",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตทำงานของคนต่างด้าว",
                        "Work permit for a foreign national",
                        PERMIT,
                    ),
                    p(
                        "การต่ออายุใบอนุญาตทำงานของคนต่างด้าว",
                        "Work permit renewal",
                        RENEWAL,
                    ),
                    p(
                        "การแจ้งการเปลี่ยนนายจ้างของคนต่างด้าว",
                        "Notification of a foreign worker's change of employer",
                        NOTIFICATION,
                    ),
                    p(
                        "การขึ้นทะเบียนผู้ประกันตนกรณีว่างงาน",
                        "Unemployment registration for insured persons",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับใบอนุญาตจัดหางานในประเทศ",
                        "Domestic recruitment agency licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตจัดหางานเพื่อไปทำงานในต่างประเทศ",
                        "Overseas recruitment agency licence",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งการเดินทางไปทำงานในต่างประเทศด้วยตนเอง",
                        "Notification of travelling to work abroad independently",
                        NOTIFICATION,
                    ),
                    p(
                        "การสมัครงานผ่านระบบไทยมีงานทำ",
                        "Job application through the Thai Mee Ngan Tam platform",
                        ENROLMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมพัฒนาฝีมือแรงงาน",
                name_en: "Department of Skill Development",
                processes: &[
                    p(
                        "การสมัครเข้ารับการฝึกอบรมฝีมือแรงงาน",
                        "Application for skills training",
                        ENROLMENT,
                    ),
                    p(
                        "การขอทดสอบมาตรฐานฝีมือแรงงานแห่งชาติ",
                        "National skill standard testing",
                        SERVICE,
                    ),
                    p(
                        "การขอหนังสือรับรองความรู้ความสามารถในสาขาอาชีพที่กำหนด",
                        "Certificate of competence in designated occupations",
                        PERMIT,
                    ),
                    p(
                        "การขอรับรองหลักสูตรการฝึกอบรมของสถานประกอบกิจการ",
                        "Certification of an enterprise's training curriculum",
                        PERMIT,
                    ),
                    p(
                        "การขอกู้ยืมเงินกองทุนพัฒนาฝีมือแรงงาน",
                        "Loan from the Skill Development Fund",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมสวัสดิการและคุ้มครองแรงงาน",
                name_en: "Department of Labour Protection and Welfare",
                processes: &[
                    p(
                        "การยื่นคำร้องตามกฎหมายคุ้มครองแรงงาน (แบบ คร.7)",
                        "Complaint under the Labour Protection Act (Kor Ror 7)",
                        APPEAL,
                    ),
                    p(
                        "การขอรับเงินสงเคราะห์จากกองทุนสงเคราะห์ลูกจ้าง",
                        "Benefit from the Employee Welfare Fund",
                        SERVICE,
                    ),
                    p(
                        "การแจ้งข้อเรียกร้องเกี่ยวกับสภาพการจ้าง",
                        "Notification of demands concerning employment conditions",
                        NOTIFICATION,
                    ),
                    p(
                        "การจดทะเบียนสหภาพแรงงาน",
                        "Registration of a labour union",
                        REGISTRATION,
                    ),
                    p(
                        "การส่งข้อบังคับเกี่ยวกับการทำงาน",
                        "Submission of work rules",
                        NOTIFICATION,
                    ),
                    p(
                        "การขึ้นทะเบียนเจ้าหน้าที่ความปลอดภัยในการทำงานระดับวิชาชีพ",
                        "Registration of professional-level occupational safety officers",
                        ENROLMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานประกันสังคม",
                name_en: "Social Security Office",
                processes: &[
                    p(
                        "การขึ้นทะเบียนนายจ้างและลูกจ้าง",
                        "Registration of employers and employees",
                        ENROLMENT,
                    ),
                    p(
                        "การสมัครเป็นผู้ประกันตนตามมาตรา 39",
                        "Voluntary insurance under section 39",
                        ENROLMENT,
                    ),
                    p(
                        "การสมัครเป็นผู้ประกันตนตามมาตรา 40",
                        "Informal worker insurance under section 40",
                        ENROLMENT,
                    ),
                    p(
                        "การชำระเงินสมทบกองทุนประกันสังคม",
                        "Payment of social security contributions",
                        PAYMENT,
                    ),
                    p(
                        "การขอรับประโยชน์ทดแทนกรณีคลอดบุตร",
                        "Maternity benefit",
                        SERVICE,
                    ),
                    p(
                        "การขอรับประโยชน์ทดแทนกรณีว่างงาน",
                        "Unemployment benefit",
                        SERVICE,
                    ),
                    p("การขอรับประโยชน์ทดแทนกรณีชราภาพ", "Old-age benefit", SERVICE),
                    p("การขอรับประโยชน์ทดแทนกรณีตาย", "Death benefit", SERVICE),
                    p(
                        "การขอรับเงินทดแทนกรณีประสบอันตรายหรือเจ็บป่วยเนื่องจากการทำงาน",
                        "Compensation for work-related injury or illness",
                        SERVICE,
                    ),
                    p(
                        "การขอเปลี่ยนสถานพยาบาลประจำปี",
                        "Change of designated hospital",
                        RENEWAL,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงวัฒนธรรม",
        name_en: "Ministry of Culture",
        departments: &[
            DepartmentSeed {
                name_th: "สำนักงานปลัดกระทรวงวัฒนธรรม",
                name_en: "Office of the Permanent Secretary, Ministry of Culture",
                processes: &[
                    p(
                        "การขออนุญาตภาพยนตร์เพื่อฉาย ให้เช่า แลกเปลี่ยน หรือจำหน่ายในราชอาณาจักร",
                        "Film permission for screening, rental, exchange or sale",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตวีดิทัศน์เพื่อให้เช่า แลกเปลี่ยน หรือจำหน่าย",
                        "Video permission for rental, exchange or sale",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการโรงภาพยนตร์",
                        "Cinema operating licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการร้านวีดิทัศน์",
                        "Video shop operating licence",
                        PERMIT,
                    ),
                    p(
                        "การขอต่ออายุใบอนุญาตประกอบกิจการร้านวีดิทัศน์",
                        "Renewal of a video shop licence",
                        RENEWAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมศิลปากร",
                name_en: "The Fine Arts Department",
                processes: &[
                    p(
                        "การขออนุญาตส่งหรือนำโบราณวัตถุหรือศิลปวัตถุออกนอกราชอาณาจักร",
                        "Permit to export antiques or objects of art",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตค้าหรือแสดงเพื่อการค้าซึ่งโบราณวัตถุหรือศิลปวัตถุ",
                        "Licence to trade in or exhibit for sale antiques or objects of art",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตซ่อมแซมหรือแก้ไขโบราณสถาน",
                        "Permit to repair or alter an ancient monument",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตปลูกสร้างอาคารภายในเขตโบราณสถาน",
                        "Permit to construct a building within an ancient monument area",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตถ่ายทำภาพยนตร์ในโบราณสถาน",
                        "Permit to film at an ancient monument",
                        PERMIT,
                    ),
                    p(
                        "การขอเลขมาตรฐานสากลประจำหนังสือ (ISBN)",
                        "Request for an International Standard Book Number (ISBN)",
                        SERVICE,
                    ),
                    p(
                        "การขอใช้บริการหอสมุดแห่งชาติ",
                        "National Library service",
                        SERVICE,
                    ),
                    p(
                        "การขอสำเนาเอกสารจดหมายเหตุ",
                        "Copies of archival records",
                        INFORMATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมการศาสนา",
                name_en: "Department of Religious Affairs",
                processes: &[
                    p(
                        "การขึ้นทะเบียนผู้ประกอบกิจการฮัจย์",
                        "Registration of Hajj service operators",
                        ENROLMENT,
                    ),
                    p(
                        "การขอหนังสือรับรองเพื่อเดินทางไปประกอบพิธีฮัจย์",
                        "Certificate for travelling to perform the Hajj",
                        PERMIT,
                    ),
                    p(
                        "การขอรับเงินอุดหนุนเพื่อบูรณะศาสนสถาน",
                        "Subsidy for restoring religious buildings",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการสนับสนุนการจัดกิจกรรมทางศาสนา",
                        "Support for religious activities",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมส่งเสริมวัฒนธรรม",
                name_en: "Department of Cultural Promotion",
                processes: &[
                    p(
                        "การขอขึ้นทะเบียนมรดกภูมิปัญญาทางวัฒนธรรม",
                        "Registration of intangible cultural heritage",
                        ENROLMENT,
                    ),
                    p(
                        "การเสนอชื่อบุคคลเพื่อรับการยกย่องเป็นศิลปินแห่งชาติ",
                        "Nomination for National Artist",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการสนับสนุนจากกองทุนส่งเสริมงานวัฒนธรรม",
                        "Grant from the Cultural Promotion Fund",
                        SERVICE,
                    ),
                    p(
                        "การขอใช้สถานที่ศูนย์วัฒนธรรมแห่งประเทศไทย",
                        "Booking of Thailand Cultural Centre venues",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงศึกษาธิการ",
        name_en: "Ministry of Education",
        departments: &[
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
                name_en: "Office of the Basic Education Commission",
                processes: &[
                    p(
                        "การสมัครเข้าเรียนในสถานศึกษาสังกัดสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
                        "Admission to a public basic education school",
                        ENROLMENT,
                    ),
                    p(
                        "การขอย้ายสถานศึกษาของนักเรียน",
                        "Student school transfer",
                        RENEWAL,
                    ),
                    p(
                        "การขอผ่อนผันการส่งเด็กเข้าเรียนในสถานศึกษาภาคบังคับ",
                        "Deferment of compulsory school attendance",
                        SERVICE,
                    ),
                    p(
                        "การขอใบแทนระเบียนแสดงผลการเรียน (ปพ.1)",
                        "Replacement academic transcript (Por Por 1)",
                        PERMIT,
                    ),
                    p(
                        "การขอหนังสือรับรองการเป็นนักเรียน",
                        "Certificate of student status",
                        PERMIT,
                    ),
                    p("การขอเทียบโอนผลการเรียน", "Credit transfer", PERMIT),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน",
                name_en: "Office of the Private Education Commission",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตให้จัดตั้งโรงเรียนในระบบ",
                        "Licence to establish a formal private school",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตให้จัดตั้งโรงเรียนนอกระบบ",
                        "Licence to establish a non-formal private school",
                        PERMIT,
                    ),
                    p(
                        "การขอเปลี่ยนแปลงรายการในใบอนุญาตให้จัดตั้งโรงเรียนเอกชน",
                        "Amendment of a private school licence",
                        RENEWAL,
                    ),
                    p(
                        "การขอบรรจุและแต่งตั้งครูโรงเรียนเอกชน",
                        "Appointment of private school teachers",
                        PERMIT,
                    ),
                    p(
                        "การขอรับเงินอุดหนุนโรงเรียนเอกชน",
                        "Private school subsidy",
                        SERVICE,
                    ),
                    p(
                        "การขอเลิกกิจการโรงเรียนเอกชน",
                        "Closure of a private school",
                        NOTIFICATION,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการการอาชีวศึกษา",
                name_en: "Office of the Vocational Education Commission",
                processes: &[
                    p(
                        "การสมัครเข้าศึกษาต่อระดับประกาศนียบัตรวิชาชีพ",
                        "Application for vocational certificate studies",
                        ENROLMENT,
                    ),
                    p(
                        "การขอใบแทนประกาศนียบัตรและใบรับรองผลการเรียน",
                        "Replacement of certificates and transcripts",
                        PERMIT,
                    ),
                    p(
                        "การขอเทียบโอนความรู้และประสบการณ์",
                        "Recognition of prior learning and experience",
                        PERMIT,
                    ),
                    p(
                        "การขอเข้าร่วมจัดการอาชีวศึกษาระบบทวิภาคี",
                        "Enterprise participation in dual vocational education",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "คุรุสภา",
                name_en: "The Teachers' Council of Thailand",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตประกอบวิชาชีพครู",
                        "Teaching professional licence",
                        PERMIT,
                    ),
                    p(
                        "การขอต่ออายุใบอนุญาตประกอบวิชาชีพครู",
                        "Renewal of a teaching licence",
                        RENEWAL,
                    ),
                    p(
                        "การขอใบแทนใบอนุญาตประกอบวิชาชีพ",
                        "Replacement of a professional licence",
                        PERMIT,
                    ),
                    p(
                        "การขอหนังสืออนุญาตให้ประกอบวิชาชีพโดยไม่มีใบอนุญาตประกอบวิชาชีพ",
                        "Temporary permission to teach without a licence",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมส่งเสริมการเรียนรู้",
                name_en: "Department of Learning Encouragement",
                processes: &[
                    p(
                        "การสมัครเป็นผู้เรียนหลักสูตรการศึกษานอกระบบระดับการศึกษาขั้นพื้นฐาน",
                        "Enrolment in non-formal basic education",
                        ENROLMENT,
                    ),
                    p(
                        "การสมัครเรียนหลักสูตรการศึกษาต่อเนื่อง",
                        "Enrolment in continuing education courses",
                        ENROLMENT,
                    ),
                    p(
                        "การขอเทียบระดับการศึกษา",
                        "Education level equivalency assessment",
                        PERMIT,
                    ),
                    p(
                        "การขอหนังสือรับรองผลการเรียน",
                        "Certificate of academic results",
                        PERMIT,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงสาธารณสุข",
        name_en: "Ministry of Public Health",
        departments: &[
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการอาหารและยา",
                name_en: "Food and Drug Administration",
                processes: &[
                    p(
                        "การขออนุญาตสถานที่ผลิตอาหาร",
                        "Food manufacturing premises licence",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตสถานที่นำเข้าอาหาร",
                        "Food import premises licence",
                        PERMIT,
                    ),
                    p(
                        "การขอรับเลขสารบบอาหาร",
                        "Food registration number application",
                        REGISTRATION,
                    ),
                    p("การจดแจ้งเครื่องสำอาง", "Cosmetic notification", NOTIFICATION),
                    p(
                        "การขอขึ้นทะเบียนตำรับยา",
                        "Drug product registration",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับใบอนุญาตขายยาแผนปัจจุบัน",
                        "Modern medicine retail licence",
                        PERMIT,
                    ),
                    p("การขออนุญาตโฆษณาอาหาร", "Food advertising permit", PERMIT),
                    p(
                        "การขอจดทะเบียนสถานประกอบการเครื่องมือแพทย์",
                        "Medical device establishment registration",
                        REGISTRATION,
                    ),
                    p(
                        "การร้องเรียนผลิตภัณฑ์สุขภาพ (สายด่วน 1556)",
                        "Complaint about health products (hotline 1556)",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมสนับสนุนบริการสุขภาพ",
                name_en: "Department of Health Service Support",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการสถานพยาบาล",
                        "Licence to operate a health facility",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตให้ดำเนินการสถานพยาบาล",
                        "Licence to manage a health facility",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตโฆษณาสถานพยาบาล",
                        "Health facility advertising permit",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการสถานประกอบการเพื่อสุขภาพ",
                        "Licence to operate a health establishment (spa, massage)",
                        PERMIT,
                    ),
                    p(
                        "การขอขึ้นทะเบียนเป็นผู้ให้บริการในสถานประกอบการเพื่อสุขภาพ",
                        "Registration as a health establishment service provider",
                        ENROLMENT,
                    ),
                    p(
                        "การขึ้นทะเบียนอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.)",
                        "Registration of village health volunteers",
                        ENROLMENT,
                    ),
                    p(
                        "การร้องเรียนสถานพยาบาลเอกชน",
                        "Complaint against a private health facility",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมการแพทย์แผนไทยและการแพทย์ทางเลือก",
                name_en: "Department of Thai Traditional and Alternative Medicine",
                processes: &[
                    p(
                        "การขอจดทะเบียนสิทธิในภูมิปัญญาการแพทย์แผนไทยส่วนบุคคล",
                        "Registration of rights in personal Thai traditional medicine knowledge",
                        REGISTRATION,
                    ),
                    p(
                        "การขอหนังสือรับรองหมอพื้นบ้าน",
                        "Folk healer certification",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตศึกษาวิจัยสมุนไพรควบคุม",
                        "Permit to research controlled herbs",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตส่งออกสมุนไพรควบคุม",
                        "Permit to export controlled herbs",
                        PERMIT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมควบคุมโรค",
                name_en: "Department of Disease Control",
                processes: &[
                    p(
                        "การขอรับใบรับรองการฉีดวัคซีนระหว่างประเทศ",
                        "International certificate of vaccination",
                        PERMIT,
                    ),
                    p(
                        "การแจ้งผู้ป่วยโรคติดต่ออันตรายหรือโรคติดต่อที่ต้องเฝ้าระวัง",
                        "Notification of dangerous or notifiable communicable diseases",
                        NOTIFICATION,
                    ),
                    p(
                        "การขออนุญาตนำศพ ซากศพ หรืออัฐิเข้ามาในราชอาณาจักร",
                        "Permit to bring corpses, remains or ashes into the Kingdom",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบรับรองการควบคุมสุขาภิบาลเรือ",
                        "Ship sanitation control certificate",
                        PERMIT,
                    ),
                    p(
                        "การร้องเรียนการกระทำผิดกฎหมายควบคุมผลิตภัณฑ์ยาสูบ",
                        "Complaint about violations of the Tobacco Products Control Act",
                        APPEAL,
                    ),
                    p(
                        "การร้องเรียนการกระทำผิดกฎหมายควบคุมเครื่องดื่มแอลกอฮอล์",
                        "Complaint about violations of the Alcoholic Beverage Control Act",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานหลักประกันสุขภาพแห่งชาติ",
                name_en: "National Health Security Office",
                processes: &[
                    p(
                        "การลงทะเบียนเลือกหน่วยบริการประจำ",
                        "Registration with a primary care unit (universal coverage)",
                        ENROLMENT,
                    ),
                    p(
                        "การขอเปลี่ยนหน่วยบริการประจำ",
                        "Change of primary care unit",
                        RENEWAL,
                    ),
                    p(
                        "การตรวจสอบสิทธิหลักประกันสุขภาพ",
                        "Health coverage entitlement check",
                        INFORMATION,
                    ),
                    p(
                        "การยื่นคำร้องขอรับเงินช่วยเหลือเบื้องต้นกรณีได้รับความเสียหายจากการรับบริการสาธารณสุข",
                        "Preliminary assistance for harm from health services (section 41)",
                        SERVICE,
                    ),
                    p(
                        "การร้องเรียนการรับบริการสาธารณสุข (สายด่วน 1330)",
                        "Complaint about health services (hotline 1330)",
                        APPEAL,
                    ),
                ],
            },
        ],
    },
    // ------------------------------------------------------------------
    MinistrySeed {
        name_th: "กระทรวงอุตสาหกรรม",
        name_en: "Ministry of Industry",
        departments: &[
            DepartmentSeed {
                name_th: "กรมโรงงานอุตสาหกรรม",
                name_en: "Department of Industrial Works",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตประกอบกิจการโรงงาน (ร.ง.4)",
                        "Factory operating licence (Ror Ngor 4)",
                        PERMIT,
                    ),
                    p("การขออนุญาตขยายโรงงาน", "Permit to expand a factory", PERMIT),
                    p(
                        "การขอโอนใบอนุญาตประกอบกิจการโรงงาน",
                        "Transfer of a factory licence",
                        RENEWAL,
                    ),
                    p(
                        "การแจ้งประกอบกิจการโรงงานจำพวกที่ 2",
                        "Notification of a category 2 factory",
                        NOTIFICATION,
                    ),
                    p(
                        "การแจ้งเลิกประกอบกิจการโรงงาน",
                        "Notification of factory closure",
                        NOTIFICATION,
                    ),
                    p(
                        "การชำระค่าธรรมเนียมรายปีโรงงาน",
                        "Annual factory fee payment",
                        PAYMENT,
                    ),
                    p(
                        "การขอรับใบอนุญาตมีไว้ในครอบครองซึ่งวัตถุอันตรายชนิดที่ 3",
                        "Licence to possess type 3 hazardous substances",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตนำสิ่งปฏิกูลหรือวัสดุที่ไม่ใช้แล้วออกนอกบริเวณโรงงาน",
                        "Permit to remove waste or unused materials from factory premises",
                        PERMIT,
                    ),
                    p(
                        "การขึ้นทะเบียนผู้ควบคุมระบบป้องกันสิ่งแวดล้อมเป็นพิษ",
                        "Registration of pollution control system operators",
                        ENROLMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม",
                name_en: "Thai Industrial Standards Institute",
                processes: &[
                    p(
                        "การขอรับใบอนุญาตทำผลิตภัณฑ์อุตสาหกรรมที่มีพระราชกฤษฎีกากำหนดให้ต้องเป็นไปตามมาตรฐาน",
                        "Licence to manufacture products subject to mandatory standards",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตนำผลิตภัณฑ์อุตสาหกรรมที่มีพระราชกฤษฎีกากำหนดให้ต้องเป็นไปตามมาตรฐานเข้ามาในราชอาณาจักร",
                        "Licence to import products subject to mandatory standards",
                        PERMIT,
                    ),
                    p(
                        "การขอรับใบอนุญาตแสดงเครื่องหมายมาตรฐานทั่วไป",
                        "Licence to display the general standard mark",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตทำหรือนำเข้าผลิตภัณฑ์อุตสาหกรรมเป็นครั้งคราว",
                        "Permit for occasional manufacture or import of controlled products",
                        PERMIT,
                    ),
                    p(
                        "การร้องเรียนผลิตภัณฑ์อุตสาหกรรมไม่ได้มาตรฐาน",
                        "Complaint about substandard industrial products",
                        APPEAL,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมอุตสาหกรรมพื้นฐานและการเหมืองแร่",
                name_en: "Department of Primary Industries and Mines",
                processes: &[
                    p(
                        "การขออาชญาบัตรสำรวจแร่",
                        "Mineral exploration licence",
                        PERMIT,
                    ),
                    p("การขอประทานบัตรทำเหมือง", "Mining concession", PERMIT),
                    p("การขอรับใบอนุญาตแต่งแร่", "Ore dressing licence", PERMIT),
                    p("การขอรับใบอนุญาตประกอบโลหกรรม", "Metallurgy licence", PERMIT),
                    p(
                        "การขออนุญาตส่งแร่ออกนอกราชอาณาจักร",
                        "Permit to export minerals",
                        PERMIT,
                    ),
                    p(
                        "การชำระค่าภาคหลวงแร่",
                        "Payment of mineral royalties",
                        PAYMENT,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "กรมส่งเสริมอุตสาหกรรม",
                name_en: "Department of Industrial Promotion",
                processes: &[
                    p(
                        "การขอรับบริการที่ปรึกษาเพื่อพัฒนาวิสาหกิจขนาดกลางและขนาดย่อม",
                        "SME consultancy service",
                        SERVICE,
                    ),
                    p(
                        "การสมัครเข้าร่วมโครงการพัฒนาผู้ประกอบการใหม่",
                        "Application to new entrepreneur development programmes",
                        ENROLMENT,
                    ),
                    p(
                        "การขอรับบริการพัฒนาผลิตภัณฑ์และบรรจุภัณฑ์",
                        "Product and packaging development service",
                        SERVICE,
                    ),
                    p(
                        "การขอรับการสนับสนุนการพัฒนาอุตสาหกรรมหัตถกรรมและชุมชน",
                        "Support for craft and community industry development",
                        SERVICE,
                    ),
                ],
            },
            DepartmentSeed {
                name_th: "สำนักงานคณะกรรมการอ้อยและน้ำตาลทราย",
                name_en: "Office of the Cane and Sugar Board",
                processes: &[
                    p(
                        "การขอขึ้นทะเบียนเป็นชาวไร่อ้อย",
                        "Registration as a sugarcane farmer",
                        ENROLMENT,
                    ),
                    p(
                        "การขออนุญาตตั้งหรือขยายโรงงานน้ำตาลทราย",
                        "Permit to establish or expand a sugar mill",
                        PERMIT,
                    ),
                    p(
                        "การขออนุญาตส่งน้ำตาลทรายออกไปนอกราชอาณาจักร",
                        "Permit to export sugar",
                        PERMIT,
                    ),
                    p(
                        "การขอรับเงินช่วยเหลือชาวไร่อ้อยจากกองทุนอ้อยและน้ำตาลทราย",
                        "Assistance for sugarcane farmers from the Cane and Sugar Fund",
                        SERVICE,
                    ),
                ],
            },
        ],
    },
];

/// Real Thai road names used to build addresses (Bangkok, Nonthaburi and major provincial towns).
pub(crate) const ROADS: &[&str] = &[
    "ถนนราชดำเนินกลาง",
    "ถนนราชดำเนินนอก",
    "ถนนพหลโยธิน",
    "ถนนสุขุมวิท",
    "ถนนเพชรเกษม",
    "ถนนมิตรภาพ",
    "ถนนนนทบุรี 1",
    "ถนนรัตนาธิเบศร์",
    "ถนนติวานนท์",
    "ถนนงามวงศ์วาน",
    "ถนนแจ้งวัฒนะ",
    "ถนนวิภาวดีรังสิต",
    "ถนนพระรามที่ 4",
    "ถนนพระรามที่ 6",
    "ถนนพระรามที่ 9",
    "ถนนเพชรบุรี",
    "ถนนสีลม",
    "ถนนสาทรเหนือ",
    "ถนนเจริญกรุง",
    "ถนนเยาวราช",
    "ถนนสามเสน",
    "ถนนพิษณุโลก",
    "ถนนศรีอยุธยา",
    "ถนนพญาไท",
    "ถนนลาดพร้าว",
    "ถนนรามคำแหง",
    "ถนนศรีนครินทร์",
    "ถนนบางนา-ตราด",
    "ถนนบรมราชชนนี",
    "ถนนจรัญสนิทวงศ์",
    "ถนนกาญจนาภิเษก",
    "ถนนราชพฤกษ์",
    "ถนนวิทยุ",
    "ถนนเพลินจิต",
    "ถนนสุรวงศ์",
    "ถนนห้วยแก้ว",
    "ถนนช้างคลาน",
    "ถนนหน้าเมือง",
    "ถนนศรีจันทร์",
    "ถนนโพศรี",
    "ถนนจอมพล",
    "ถนนสุรนารายณ์",
    "ถนนชยางกูร",
    "ถนนเทพกระษัตรี",
    "ถนนนิพัทธ์อุทิศ 1",
    "ถนนกาญจนวนิช",
    "ถนนสุดบรรทัด",
];

/// Kinds of unit shown in the structure list: a type (ประเภท) and its subtypes (ประเภทย่อย).
pub(crate) struct UnitType {
    /// Thai name of the unit type.
    pub name_th: &'static str,
    /// Thai names of its subtypes.
    pub subtypes: &'static [&'static str],
}

/// The unit types of the structure list with their subtypes.
pub(crate) const UNIT_TYPES: &[UnitType] = &[
    UnitType {
        name_th: "ส่วนราชการ",
        subtypes: &[
            "ส่วนราชการ ที่ตั้งอยู่ในส่วนกลาง",
            "ส่วนราชการ ที่ตั้งอยู่ในภูมิภาค",
            "ส่วนราชการ ที่ตั้งอยู่ในต่างประเทศ",
        ],
    },
    UnitType {
        name_th: "รัฐวิสาหกิจ",
        subtypes: &["รัฐวิสาหกิจ ที่ตั้งอยู่ในส่วนกลาง", "รัฐวิสาหกิจ ที่ตั้งอยู่ในภูมิภาค"],
    },
    UnitType {
        name_th: "องค์การมหาชน",
        subtypes: &["องค์การมหาชน ที่ตั้งอยู่ในส่วนกลาง", "องค์การมหาชน ที่ตั้งอยู่ในภูมิภาค"],
    },
    UnitType {
        name_th: "องค์กรปกครองส่วนท้องถิ่น",
        subtypes: &[
            "องค์การบริหารส่วนจังหวัด",
            "เทศบาลนคร",
            "เทศบาลเมือง",
            "เทศบาลตำบล",
            "องค์การบริหารส่วนตำบล",
            "กรุงเทพมหานคร",
            "เมืองพัทยา",
        ],
    },
    UnitType {
        name_th: "หน่วยงานอิสระ",
        subtypes: &["องค์กรอิสระตามรัฐธรรมนูญ", "หน่วยงานของรัฐที่เป็นอิสระตามกฎหมายเฉพาะ"],
    },
    UnitType {
        name_th: "หน่วยงานของรัฐรูปแบบอื่น",
        subtypes: &["หน่วยงานของรัฐที่มีฐานะเป็นนิติบุคคล", "กองทุนหมุนเวียนที่มีฐานะเป็นนิติบุคคล"],
    },
];

/// Documents citizens are commonly asked for, with the issuing body: (document_th, issuer_th).
pub(crate) const DOCUMENTS: &[(&str, &str)] = &[
    ("บัตรประจำตัวประชาชน", "กรมการปกครอง"),
    ("ทะเบียนบ้าน", "กรมการปกครอง"),
    ("สูติบัตร", "กรมการปกครอง"),
    ("มรณบัตร", "กรมการปกครอง"),
    ("ใบสำคัญการสมรส", "กรมการปกครอง"),
    ("ใบสำคัญการหย่า", "กรมการปกครอง"),
    ("หนังสือสำคัญแสดงการเปลี่ยนชื่อตัว (ท.ช.3)", "กรมการปกครอง"),
    ("หนังสือรับรองการเกิด (ท.ร.1/1)", "โรงพยาบาลหรือสถานพยาบาล"),
    ("หนังสือมอบอำนาจ", "ผู้มอบอำนาจ"),
    ("ใบรับรองแพทย์", "สถานพยาบาล"),
    ("รูปถ่ายขนาด 1 นิ้ว", "ผู้ยื่นคำขอ"),
    ("รูปถ่ายขนาด 2 นิ้ว", "ผู้ยื่นคำขอ"),
    ("หนังสือเดินทาง", "กรมการกงสุล"),
    ("ใบอนุญาตขับรถ", "กรมการขนส่งทางบก"),
    ("สมุดคู่มือจดทะเบียนรถ", "กรมการขนส่งทางบก"),
    ("โฉนดที่ดิน", "กรมที่ดิน"),
    ("หนังสือรับรองการจดทะเบียนนิติบุคคล", "กรมพัฒนาธุรกิจการค้า"),
    ("ใบทะเบียนพาณิชย์", "นายทะเบียนพาณิชย์"),
    ("ใบทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.20)", "กรมสรรพากร"),
    ("หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ)", "นายจ้างหรือผู้จ่ายเงินได้"),
    ("ใบสำคัญทหารกองเกิน (แบบ สด.9)", "สัสดีอำเภอ"),
    ("ระเบียนแสดงผลการเรียน (ปพ.1)", "สถานศึกษา"),
    ("บัตรประจำตัวคนพิการ", "กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ"),
    ("หนังสือรับรองความประพฤติ", "สำนักงานตำรวจแห่งชาติ"),
    ("บันทึกประจำวันการแจ้งเอกสารหาย", "สถานีตำรวจ"),
    ("สำเนาหน้าสมุดบัญชีเงินฝากธนาคาร", "ธนาคาร"),
];

/// Typical steps of a process in a citizen manual, each (step_th, typical_minutes).
pub(crate) const STEPS: &[(&str, u32)] = &[
    ("การยื่นคำขอและรับบัตรคิว", 5),
    ("การตรวจสอบเอกสาร", 10),
    ("การตรวจสอบคุณสมบัติและข้อเท็จจริง", 20),
    ("การตรวจสถานที่", 60),
    ("การพิจารณา", 30),
    ("การลงนามอนุมัติ", 15),
    ("การชำระค่าธรรมเนียม", 5),
    ("การบันทึกข้อมูลในระบบ", 10),
    ("การออกใบอนุญาต", 15),
    ("การแจ้งผลการพิจารณา", 5),
    ("การส่งมอบเอกสารแก่ผู้ยื่นคำขอ", 5),
];

/// Common Thai given names for contact persons and account display names.
pub(crate) const GIVEN_NAMES: &[&str] = &[
    "สมชาย",
    "สมศักดิ์",
    "สมหญิง",
    "สมพร",
    "วิชัย",
    "ประเสริฐ",
    "สุรชัย",
    "อนุชา",
    "ธนพล",
    "ณัฐพล",
    "กิตติศักดิ์",
    "ปิยะพงษ์",
    "อภิชาติ",
    "ชัยวัฒน์",
    "วรวุฒิ",
    "ธีรพงษ์",
    "สุนทร",
    "วันเพ็ญ",
    "มาลี",
    "สุภาพร",
    "กาญจนา",
    "นภาพร",
    "ปวีณา",
    "ศิริพร",
    "อรุณี",
    "รัชนี",
    "พรทิพย์",
    "ชนิดา",
    "จิราพร",
    "ณัฐธิดา",
];

/// Common Thai surnames for contact persons and account display names.
pub(crate) const SURNAMES: &[&str] = &[
    "ใจดี",
    "สุขสวัสดิ์",
    "ศรีสุข",
    "วงศ์สวัสดิ์",
    "แสงทอง",
    "ทองดี",
    "บุญมา",
    "จันทร์เพ็ญ",
    "ศรีวงศ์",
    "รุ่งเรือง",
    "มั่นคง",
    "สมบูรณ์ชัย",
    "เจริญผล",
    "อินทร์แก้ว",
    "แก้วประเสริฐ",
    "ชัยมงคล",
    "ทองคำ",
    "บุญเรือง",
    "สุวรรณรัตน์",
    "ศรีทอง",
    "คงสมบูรณ์",
    "วัฒนากุล",
    "นาคประเสริฐ",
    "สายทอง",
    "พรหมมา",
];
