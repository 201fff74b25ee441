package com.example.app

import scala.concurrent.{Future, ExecutionContext}
import java.util._

/** A case class. */
case class User(id: Long, name: String, email: Option[String] = None)

sealed trait Shape {
  def area: Double
}

object Shapes extends App {
  final case class Circle(r: Double) extends Shape {
    def area: Double = math.Pi * r * r
  }

  type Pair[A] = (A, A)
  val symbol = 'mySymbol
  val hex = 0xFF
  val big = 42L
  val ratio = 3.14e-2f
  private lazy val cache: Map[String, List[Int]] = Map.empty

  implicit val ec: ExecutionContext = ExecutionContext.global

  def fetch(id: Long)(implicit ec: ExecutionContext): Future[Option[User]] = Future {
    if (id > 0) Some(User(id, s"user$id")) else None
  }

  def describe(s: Shape): String = s match {
    case Circle(r) if r > 10 => "big circle"
    case c: Circle => f"circle ${c.area}%.2f"
    case _ => "unknown"
  }

  val xs = List(1, 2, 3).map(_ * 2).filter(x => x % 3 != 0)
  for (x <- xs; y <- 1 to 3) yield x + y
  val raw = """multi
    line "string""""
  val ch = 'a'
  /* block /* nested */ comment */
  println(this.toString)
  val `type` = "backticks"
  xs.foldLeft(0) { (acc, n) => acc + n } :: Nil
}
