/** True primitives shared by every module: errors, paging, the embedded database. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.renrentong.shared;
